class Base:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        cls.kind = kwargs.get("kind", "default")
        Base.registry.append(cls.__name__)

class A(Base, kind="a"):
    pass

class B(Base):
    pass

print(Base.registry, A.kind, B.kind)
