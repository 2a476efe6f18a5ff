x = 5
print(-x, +x, ~x, not x, -(-x))
print(-2.5, ~0, -True, not 0)
class N:
    def __neg__(self):
        return "neg"
    def __invert__(self):
        return "inv"
    def __pos__(self):
        return "pos"
print(-N(), ~N(), +N())
