import io

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("shout", file=u)
u.write("more")
print(repr(u.getvalue()))
u.extra = 1
print(u.extra)

class Tracking:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False

with open("with_tmp.txt", "w") as f, Tracking():
    f.write("inside")
print(f.closed, open("with_tmp.txt").read())
try:
    with open("with_tmp.txt") as g:
        raise KeyError("oops")
except KeyError:
    print("closed after error:", g.closed)
lines = []
with open("with_tmp.txt", "a") as f:
    f.writelines(["\nx", "\ny"])
with open("with_tmp.txt") as f:
    print(f.read().splitlines())
import os
os.remove("with_tmp.txt")
