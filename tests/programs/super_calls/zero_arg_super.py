class Base:
    def greet(self):
        return "base"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"

class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    @classmethod
    def create(cls):
        return "child " + super().create()

print(Child().greet(), Child.create())
