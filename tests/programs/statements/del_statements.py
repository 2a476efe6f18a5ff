class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
try:
    del o.missing
except AttributeError as e:
    print(e)
