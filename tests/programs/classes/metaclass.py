class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}

class A(metaclass=Meta, tag="hello"):
    pass

class B(A):
    pass

print(A.tag, B.tag, type(B).__name__)
