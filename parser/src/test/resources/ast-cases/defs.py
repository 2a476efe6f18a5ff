def f(): pass
def f(a, b): pass
def f(a, b=1, *args, c, d=2, **kw) -> int: pass
def f(a, /, b): pass
def f(a=1, /, b=2): pass
def f(*, a): pass
def f(a: int, *b: str, c: 'x' = 1, **d: float): pass
def f(*a: *b): pass
@dec
@dec2(x)
@a.b[c]
def f(): pass
async def g(): await x
