def f():
    [(x := 1) for y in range(2)]
    nonlocal x
