a = []
b = []
print(id(a) == id(a), id(a) != id(b))
x = object()
i = id(x)
print(id(x) == i, type(i).__name__)
print(hex(id(x)) in repr(x) or repr(x).startswith("<object object at"))
print(id(None) == id(None), id(1) == id(1))
l = [object() for _ in range(100)]
print(len(set(id(o) for o in l)))
try:
    id()
except TypeError as e:
    print(e)
