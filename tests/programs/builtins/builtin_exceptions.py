import builtins
names = [n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]
print(len(names))
for n in names:
    cls = getattr(builtins, n)
    print(n, cls.__mro__[1].__name__ if len(cls.__mro__) > 1 else None)
print(EnvironmentError is OSError, IOError is OSError)
