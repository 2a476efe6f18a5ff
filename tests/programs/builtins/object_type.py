o = object()
print(type(o).__name__, isinstance(o, object), str(o).startswith("<object object at 0x"))
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(type(type), type(object), object.__bases__, type.__bases__)
T = type("T", (), {"a": 1})
print(T, T.a, T().a, type(T()).__name__)
try:
    type(1, 2)
except TypeError as e:
    print(e)
