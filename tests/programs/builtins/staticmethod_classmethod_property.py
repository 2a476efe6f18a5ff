class C:
    count = 0
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, y):
        return (cls.__name__, y)
    @property
    def p(self):
        return "prop"
    @p.setter
    def p(self, v):
        print("set", v)

print(C.s(2), C().s(3), C.c(1), C().c(2), C().p)
C().p = 5
print(type(C.__dict__["s"]).__name__, type(C.__dict__["c"]).__name__, type(C.__dict__["p"]).__name__)
try:
    C().p2
except AttributeError as e:
    print(e)
class D(C):
    pass
print(D.c(0))
