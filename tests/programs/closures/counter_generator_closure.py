def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        yield bump()

g = counter_gen()
print([next(g) for _ in range(4)])
