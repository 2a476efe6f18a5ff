def counter():
    yield 1

g = counter()
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
next(g)
try:
    next(g)
except StopIteration:
    pass
print(g.gi_frame)
