def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(len([1, 2]), len("héllo"), len(""), len({}), len({1: 2}), len(range(10)), len(b"ab"), len((1,)))
print(len("\U0001f600"), len(set([1, 1, 2])), len(frozenset()))
check(len, 1)
check(len, None)
check(len)
check(len, [], [])

class L:
    def __len__(self):
        return 7

class Neg:
    def __len__(self):
        return -1

class Big:
    def __len__(self):
        return 2**100

class Str:
    def __len__(self):
        return "3"

print(len(L()))
check(len, Neg())
check(len, Big())
check(len, Str())
check(len, range(2**64))
