a: int
b: int = 1
(c): int = 2
d.e: str
f[0]: x = y
g: list[int] = []
