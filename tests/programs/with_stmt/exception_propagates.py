class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit sees", args[0].__name__)

try:
    with Ctx():
        raise KeyError("k")
except KeyError as e:
    print("outside", repr(e))
