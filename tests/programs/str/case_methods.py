# str case mapping and character classes, including non-ASCII and non-BMP text
words = ["hello world", "HELLO", "ßtraße", "ǆemal", "they're bill's friends", "ΌΣΟΣ ΣΑ", "x1y2", "",
         "𝐀bc", "ﬁne", "İstanbul", "hello\tthere", "Ⅻ", "½", "²3", "三", "٣"]
for w in words:
    print(repr(w), repr(w.capitalize()), repr(w.title()), repr(w.swapcase()), repr(w.casefold()),
          repr(w.upper()), repr(w.lower()))
    print(" ", w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isspace(),
          w.isupper(), w.islower(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "A1 B2".istitle())
print("_x".isidentifier(), "1x".isidentifier(), "x-y".isidentifier(), "ñandú".isidentifier(), "".isidentifier())
print(" \t\n\x0b\x0c\x1c\u3000".isspace(), "\u200b".isspace())
print("abc\x7f".isprintable(), "\n".isprintable(), " ".isprintable())
try:
    "a".isupper(1)
except TypeError as e:
    print(e)
