nums = [3, 1, 4, 1, 5, 9, 2, 6]
print([n * 2 for n in nums if n > 2])
print(sorted({n % 3 for n in nums}))
print({n: n * n for n in nums if n % 2})
print([(a, b) for a in range(3) for b in range(a, 3)])
