def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case other:
            return f"other {other!r}"

for v in (0, 2, "hello", None, 3.5):
    print(describe(v))
