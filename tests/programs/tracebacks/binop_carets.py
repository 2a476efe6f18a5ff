def combine(a, b):
    total = a + b * 2
    return total

combine("x", None)
