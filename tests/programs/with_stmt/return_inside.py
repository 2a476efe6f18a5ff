class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit", args)

def f():
    with Ctx():
        return "value"

print(f())
