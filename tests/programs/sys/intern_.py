import sys
a = "".join(["hel", "lo world"])
b = "".join(["hello", " world"])
print(a == b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == a)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
