def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    def g():
        return i
    fs.append(g)
    return fs
print([f() for f in make()])
