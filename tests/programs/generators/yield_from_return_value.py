def sub(n):
    for i in range(n):
        yield i
    return n * 100

def main():
    total = 0
    for n in (2, 3):
        total += yield from sub(n)
    return total

g = main()
print(list(g))
def driver():
    r = yield from main()
    print("main returned", r)
list(driver())
