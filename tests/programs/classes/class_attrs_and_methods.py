class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def double_count(self):
        return C.count * 2

C(); C.make()
print(C.count, C.helper(21), C().double_count)
