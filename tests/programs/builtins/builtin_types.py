import builtins
for name in ["object", "type", "int", "float", "complex", "bool", "str", "bytes", "list", "tuple", "dict",
             "set", "frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super",
             "enumerate", "zip", "map", "filter", "reversed"]:
    t = getattr(builtins, name)
    print(name, t, type(t), t.__name__, t.__module__)
print(int("42"), float("1.5"), complex(1, 2), bool([]), str(12), bytes(3), list("ab"), tuple([1]))
print(dict(a=1), set([1, 1]), frozenset([2]), slice(1, 2), type(1))
print(isinstance(len, type(print)), type(len).__name__)
print(bytearray, type(bytearray()), bytearray(b"x"), memoryview)
