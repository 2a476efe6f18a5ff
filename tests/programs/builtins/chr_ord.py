def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(chr(65), chr(97), chr(0x263a), chr(0x1f600), repr(chr(0)))
print(ord("A"), ord("é"), ord("\U0001f600"), ord(b"a"))
check(chr, -1)
check(chr, 0x110000)
check(chr, 2**31)
check(chr, "a")
check(chr, 65.0)
check(ord, "ab")
check(ord, "")
check(ord, 1)
check(ord, b"ab")
check(ord, None)
for c in "hello":
    print(c, ord(c), chr(ord(c)))
