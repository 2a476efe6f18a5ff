# padding, partitioning, line splitting, prefixes/suffixes, tabs
for s in ["abc", "ab", "", "𝐀𝐁"]:
    for w in [0, 5, 6, 7]:
        print(repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '𝐂')), repr(s.zfill(w)))
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(-1), "".zfill(3))
for bad in [("ab",), (1,), ("",)]:
    try:
        "x".center(5, *bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(e)
print("a,b,c".partition(","), "a,b,c".rpartition(","), "abc".partition("x"), "abc".rpartition("x"))
print("a𝐀b".partition("𝐀"))
for call in [lambda: "a".partition(""), lambda: "a".rpartition(1), lambda: "a".rsplit("")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1d8\x1e9\x85ten\u2028eleven\u2029end\n\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:3], "".splitlines(), "\n".splitlines(), "x".splitlines(True))
print("a b  c".rsplit(), "a b  c".rsplit(None, 1), "a,b,c".rsplit(",", 1), " a b ".rsplit(maxsplit=1))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "a.py".removesuffix(".py"), "x".removesuffix(""))
try:
    "a".removeprefix(1)
except TypeError as e:
    print(e)
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc\r\td".expandtabs(3)), repr("\t".expandtabs(0)))
print(repr("x\ty".expandtabs(tabsize=2)))
