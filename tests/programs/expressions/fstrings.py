name = "ramjet"
n = 42
pi = 3.14159
print(f"{name}!r={name!r} n={n:5d}|{n:<6}|{pi:.2f}|{n!s}")
print(f"{'nested ' + name.upper()} {n * 2 = }")
print(f"{{literal}} {n:>{4}}")
