class Maker:
    factor = 3
    def make(self, n):
        def mul(x):
            return x * n * self.factor
        return mul
m = Maker().make(2)
print(m(5))
