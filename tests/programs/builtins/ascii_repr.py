def check(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(repr, "hello")
check(repr, "it's")
check(repr, 'say "hi"')
check(repr, "both ' and \"")
check(repr, "tab\tnew\nline\\")
check(repr, "\x00\x7f")
check(repr, "héllo")
check(ascii, "héllo")
check(ascii, "snow ☃ man")
check(ascii, "\U0001f600")
check(ascii, [1, "ä"])
check(repr, [1, "a", (2,), {3: "b"}])
check(repr, None)
check(repr, 1.0)
check(repr, 1e100)
check(repr)

class R:
    def __repr__(self):
        return "R!"

class Bad:
    def __repr__(self):
        return 42

check(repr, R())
check(ascii, R())
check(repr, Bad())
l = [1]
l.append(l)
check(repr, l)
