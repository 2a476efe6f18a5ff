import builtins
print(None, True, False, Ellipsis, NotImplemented, __debug__)
print(type(None).__name__, type(Ellipsis).__name__, type(NotImplemented).__name__)
print(... is Ellipsis, getattr(builtins, "True") is True)
print(builtins.__name__, type(builtins).__name__)
print(repr(Ellipsis), repr(NotImplemented))
print(bool(None), bool(Ellipsis))
