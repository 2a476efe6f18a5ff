class C:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

try:
    match C():
        case C(1, 2):
            pass
except TypeError as e:
    print(e)

class D:
    __match_args__ = ["a"]

try:
    match D():
        case D(1):
            pass
except TypeError as e:
    print(e)
