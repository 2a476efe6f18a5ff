class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 10
b.v *= 2
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 5
lst = [1, 2, 3]
lst[1] **= 3
print(b.v, d, lst)
s = "ab"
s *= 3
print(s)
