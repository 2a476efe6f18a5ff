class A:
    def who(self):
        return __class__.__name__

class B(A):
    def who(self):
        return "B->" + super().who()

print(B().who(), A().who())
