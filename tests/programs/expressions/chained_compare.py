def trace(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(trace(1) < trace(0) < trace(5))
x = 5
print(0 <= x < 10, x == 5 != 6)
