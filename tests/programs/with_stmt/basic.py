class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

with Ctx("a") as v:
    print("body", v)
with Ctx("b"), Ctx("c") as w:
    print("body2", w)
