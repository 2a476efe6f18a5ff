xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::3], xs[::-1], xs[-3:-1])
xs[2:5] = ["a", "b"]
print(xs)
del xs[::2]
print(xs)
print("hello world"[1:8:2], (1, 2, 3, 4)[1:])
