def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A: pass
class B(A): pass
class C: pass

print(isinstance(B(), A), isinstance(A(), B), isinstance(1, int), isinstance(True, int))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(1, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(B, (C, A)))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type))
print(isinstance(1, int | str), issubclass(bool, int | None))
check(isinstance, 1, 1)
check(isinstance, 1)
check(issubclass, 1, int)
check(issubclass, int, 1)
check(isinstance, 1, (int, 1))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str

class M(metaclass=Meta):
    pass

print(isinstance("magic", M), isinstance("other", M), issubclass(str, M), issubclass(int, M))
