def f():
    raise ValueError("deep")

def g():
    try:
        f()
    except ValueError as e:
        err = e
    raise err

g()
