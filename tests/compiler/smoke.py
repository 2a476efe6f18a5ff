import os.path as p
from sys import argv, path as sp

def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    x = a + b * 2
    for i in range(10):
        if i % 2 == 0 and i > 3:
            continue
        x += i
    else:
        x -= 1
    while x > 0:
        x -= 1
        if x == 5:
            break
    try:
        g(x)
    except ValueError as e:
        print(e)
    except:
        pass
    finally:
        print("done")
    with open("f") as fh, open("g"):
        fh.read()
    return [y * 2 for y in args if y], {k: v for k, v in kw.items()}, lambda q: q + x

class C(object):
    attr: int = 3
    def m(self):
        return super().m(), __class__

def gen():
    yield 1
    yield from range(3)
    return 5

print(f(1, c=3), *sp, **{'a': 1})
a, *b, c = range(10)
x = -1, 2**8, (1, 2), f"{a!r:>{c}} and {b}"
del a, b[0], p.x
assert x, "msg"
global gg
gg = 1 if x else 2
