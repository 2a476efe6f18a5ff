def f():
    for x in y:
        with a:
