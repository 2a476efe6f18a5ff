x: int = 5
y: "str"
class C:
    a: int
    b: str = "hi"
print(__annotations__)
print(C.__annotations__, C.b)
def f(p: int, q: str = "d") -> bool:
    return True
print(f.__annotations__)
