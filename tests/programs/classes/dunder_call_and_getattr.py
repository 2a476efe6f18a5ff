class Dyn:
    def __getattr__(self, name):
        return f"dynamic {name}"
    def __call__(self, *args):
        return ("called", args)
d = Dyn()
print(d.anything, d(1, 2))
