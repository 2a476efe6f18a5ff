x = 10
result = [x for x in range(3)]
print(result, x)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
