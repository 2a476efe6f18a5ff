def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in [0, 1, -1, 5, -5, 255, 256, 2**64, -2**64, True]:
    print(bin(n), oct(n), hex(n))

class I:
    def __index__(self):
        return 10

print(bin(I()), oct(I()), hex(I()))
check(bin, 1.5)
check(hex, "1")
check(oct, None)
check(hex)
