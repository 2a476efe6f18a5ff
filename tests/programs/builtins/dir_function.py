class C:
    z = 1
    def method(self):
        pass

c = C()
c.attr = 2
names = dir(c)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names)
print([n for n in dir(C) if not n.startswith("__")])

class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]

print(dir(WithDir()))

def f():
    x = 1
    y = 2
    return dir()

print(f())
print(sorted(dir(int))[:5])
print(dir([]) == sorted(dir([])))
try:
    dir(1, 2)
except TypeError as e:
    print(e)
