def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(all, [])
check(all, [1, 2, 3])
check(all, [1, 0, 3])
check(any, [])
check(any, [0, 0, 1])
check(any, [0, "", None])
check(all, "abc")
check(any, iter([0, 0]))
check(all, 5)
check(any, None)
check(all)

def gen():
    print("yield 1")
    yield 1
    print("yield 0")
    yield 0
    print("never")
    yield 1

check(all, gen())
check(any, (x > 2 for x in range(10)))
