def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc()
print(next(g))
print(g.send(3))
print(g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
