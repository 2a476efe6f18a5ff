class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __eq__(self, other):
        return self.xs == other.xs
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __repr__(self):
        return "Vec" + repr(self.xs)

v = Vec(1, 2) + Vec(3, 4)
print(v, len(v), v[1], list(v), 4 in v, v == Vec(4, 6))
