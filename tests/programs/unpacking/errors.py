for value, n in (([1, 2, 3], 2), ([1], 2), (5, 2)):
    try:
        if n == 2:
            a, b = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(e)
