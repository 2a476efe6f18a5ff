class C:
    pass

setattr(C, "x", 5)
print(C.x, C().x)
setattr(C, "__len__", lambda self: 3)
print(len(C()))
delattr(C, "__len__")
try:
    len(C())
except TypeError as e:
    print(e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(e)
try:
    delattr(C, "nothing")
except AttributeError as e:
    print(e)
