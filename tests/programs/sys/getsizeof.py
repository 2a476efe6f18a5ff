import sys
for obj in [0, 1, 10**100, "", "abc", [], [1, 2, 3], (), {}, 1.5, None, object()]:
    size = sys.getsizeof(obj)
    print(type(obj).__name__, type(size).__name__, size > 0)
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof([]))
print(sys.getsizeof("a" * 1000) > sys.getsizeof("a"))

class Sized:
    def __sizeof__(self):
        return 100

class Negative:
    def __sizeof__(self):
        return -1

class NotInt:
    def __sizeof__(self):
        return "big"

print(sys.getsizeof(Sized()) >= 100)
for bad in [Negative(), NotInt()]:
    try:
        sys.getsizeof(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sys.getsizeof(NotInt(), 7) if False else "skip")
