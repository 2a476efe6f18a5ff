import io
b = io.BytesIO()
print(b.write(b"hello "), b.write(b"world\nline2"))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.readline(), b.readline(), b.readline(), b.read())
b.seek(-5, 2)
print(b.read(), b.seek(2), b.seek(3, 1))
b.seek(20)
b.write(b"!")
print(b.getvalue())
b.truncate(3)
print(b.getvalue())
c = io.BytesIO(b"a\nb\nc")
print(list(c), c.readlines())
for op in [lambda: io.BytesIO("str"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__ + ":", e)
with io.BytesIO(b"x") as d:
    pass
try:
    d.read()
except ValueError as e:
    print(e)
print(isinstance(b, io.BufferedIOBase), b.readable(), b.writable())
