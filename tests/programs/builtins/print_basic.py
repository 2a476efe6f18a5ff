print()
print(1, 2, 3)
print("a", "b", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print("x", end="!\n")
print(1, 2, sep=None, end=None)
print(None, True, 1.5, [1, "two"], {"k": (1,)})
print(*range(5))
print(*[], sep="x")
print("multi", "args", sep="\n")

class S:
    def __str__(self):
        return "str-of-S"
    def __repr__(self):
        return "repr-of-S"

print(S(), [S()])
print("flush", flush=True)
for bad in [dict(sep=1), dict(end=2), dict(foo=3)]:
    try:
        print("x", **bad)
    except TypeError as e:
        print(e)
