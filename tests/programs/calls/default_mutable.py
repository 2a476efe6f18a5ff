def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2))
print(append.__defaults__)
def kwonly(*, a=1, b):
    return a, b
print(kwonly(b=2), kwonly.__kwdefaults__)
