import io
s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write("second line"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
s.truncate(5)
print(repr(s.getvalue()))
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\nc")
print(list(t), t.read())
print(io.StringIO("x\r\ny", newline=None).getvalue().encode(), io.StringIO("x\ny", newline="\r\n").getvalue().encode())
print(io.StringIO("a\rb\r\nc", newline="").readlines())
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for op in [lambda: c.getvalue(), lambda: c.read(), lambda: io.StringIO(1), lambda: io.StringIO().write(1),
           lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO(newline="x")]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(s.readable(), s.writable(), s.seekable(), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
