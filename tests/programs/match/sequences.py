def shape(p):
    match p:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"

for p in ([], [1], (1, 2), [1, 2, 3, 4], "ab"):
    print(shape(p) if not isinstance(p, str) else shape(list(p)))
print(shape("xy"))
