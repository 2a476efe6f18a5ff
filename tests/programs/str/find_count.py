# searching with start/end, tuples of prefixes, counting, translate, encode, % and format_map
s = "abracadabra"
print(s.count("a"), s.count("a", 3), s.count("a", 3, -3), s.count(""), s.count("", 5), s.count("x"), s.count("a", 20))
print(s.find("bra"), s.find("bra", 2), s.rfind("bra"), s.rfind("bra", 0, 9), s.find("a", -4), s.rfind("a", -100, -1))
print(s.index("c"), s.rindex("a", 0, 5), s.find("", 11), s.find("", 12), s.rfind(""))
for call in [lambda: s.index("z"), lambda: s.rindex("a", 1, 2), lambda: s.count(1), lambda: s.find(None)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = "𝐀b𝐀c𝐀"
print(t.find("c"), t.rfind("𝐀"), t.count("𝐀", 1), t.index("b"), t.find("𝐀", 1, 3), t[t.rfind("c"):])
print(s.startswith(("x", "ab")), s.endswith(("ra", "zz")), s.startswith("cad", 4), s.startswith("cad", 4, 6),
      s.endswith("cad", 0, 7), s.startswith(()), s.startswith("", 11), s.startswith("", 12))
for call in [lambda: s.startswith(1), lambda: s.endswith(("a", 1)), lambda: s.startswith(["a"])]:
    try:
        call()
    except TypeError as e:
        print(e)
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()))
print("abcdef".translate(table), "abc".translate({97: None, 98: "BB", 99: 100}), "𝐀a".translate({0x1D400: "A"}))
print(str.maketrans({"a": 1, 98: "q"}), "ab".translate(str.maketrans({"a": "1", 98: None})))
class Table:
    def __getitem__(self, k):
        if k == 120:
            raise LookupError
        return k + 1
print("abx".translate(Table()))
for call in [lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans(1),
             lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
             lambda: str.maketrans("a", 2), lambda: str.maketrans("a", "b", 3)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("héllo €".encode(), "héllo".encode("latin-1"), "hé".encode("ascii", "replace"), "hé€".encode("ascii", "ignore"),
      "é".encode(encoding="utf-8"), "𝐀".encode("utf-8"), "h€".encode("latin-1", "xmlcharrefreplace"),
      "h€".encode("ascii", "backslashreplace"))
for call in [lambda: "é".encode("ascii"), lambda: "€".encode("latin-1"), lambda: "a".encode("foo"),
             lambda: "a".encode(1), lambda: "a".encode("ascii", 1)]:
    try:
        call()
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
print("%s=%d (%5.2f%%) %r %x" % ("k", 42, 99.5, "v", 255), "%(a)s-%(b)s" % {"a": 1, "b": 2})
print("{x} and {y[0]}".format_map({"x": 1, "y": [2]}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Al")))
print(hasattr(str, "__rmod__"), str.__rmod__("a", 1))
try:
    print(1 % "a")
except TypeError as e:
    print(e)
