def f(xs):
    match xs:
        case [1, *mid, 9]:
            return ("1..9", mid)
        case [*_, last] if last > 100:
            return ("big last", last)
        case [_, _, *rest]:
            return ("two+", rest)
        case _:
            return "short"
for xs in ([1, 2, 3, 9], [5, 101], [4, 5, 6, 7], [1]):
    print(f(xs))
