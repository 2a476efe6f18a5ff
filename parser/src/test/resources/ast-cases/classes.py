class A: pass
class A(B): pass
class A(B, C, metaclass=M, **kw): pass
class A(): pass
@dec
class A(*bases): x = 1
