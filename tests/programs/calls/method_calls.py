class C:
    def m(self, x, y=1):
        return x + y

c = C()
print(c.m(1), c.m(1, y=5), C.m(c, 2))
bound = c.m
print(bound(10))
s = "hello world"
print(s.upper(), s.split(), ", ".join(["a", "b"]))
