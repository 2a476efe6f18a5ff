def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(format, 3.14159, ".2f")
check(format, 42, "05d")
check(format, 42, "x")
check(format, 255, "#b")
check(format, "abc", ">6")
check(format, "abc", "^7")
check(format, 1234567, ",")
check(format, 0.5, "%")
check(format, 12)
check(format, 1.0)
check(format, None)
check(format, [1, 2])
check(format, 1, 2)
check(format, "x", "d")
check(format, 1.5, "d")

class F:
    def __format__(self, spec):
        return "F<" + spec + ">"

check(format, F(), "abc")
print(f"{F():xyz} {3:>4} {'s'!r}")
