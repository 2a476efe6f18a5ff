@a if b else c
def f(): pass
@(lambda f: f)
def g(): pass
@x[0].y(1)
class C: pass
