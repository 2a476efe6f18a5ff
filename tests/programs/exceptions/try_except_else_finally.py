def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("zero")
        return -1
    else:
        print("ok")
        return r
    finally:
        print("finally", x)

print(f(2))
print(f(0))
