class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims)
print(type(p).__name__, Point.__qualname__, Point.__module__)
