def f():
    yield
    yield 1
    yield 1, 2
    x = yield
    yield from a
    await b
    (yield)
    f((yield))
