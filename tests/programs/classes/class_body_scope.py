x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    items = [x for _ in range(1)]

print(C.y, C().method(), C.items)
