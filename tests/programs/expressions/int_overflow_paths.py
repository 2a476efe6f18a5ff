big = 2 ** 62
print(big + big, big * 4, -big - big - big)
m = 9223372036854775807
print(m + 1, m * m, -m - 2)
print(3 - 5, 7 * -3, 10 // 3, -10 // 3, 10 % -3, 2 ** -1)
print(1.5 + 2, 3 * 0.5, 1 / 4, 2.0 ** 10)
