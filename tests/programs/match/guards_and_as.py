def classify(v):
    match v:
        case int(n) if n < 0:
            return "negative"
        case int() as n if n % 2 == 0:
            return f"even {n}"
        case [int() as a, int() as b] as pair:
            return f"pair {pair} sum {a + b}"
        case _:
            return "other"

for v in (-3, 4, 5, [1, 2], [1, "x"]):
    print(classify(v))
