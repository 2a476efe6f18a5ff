import io, sys
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
t.write("héllo\nworld\n")
t.flush()
print(raw.getvalue())
src = io.BytesIO("línea 1\nlínea 2\n".encode("latin-1"))
r = io.TextIOWrapper(src, encoding="latin-1")
print(r.readline(), end="")
print(r.read(), end="")
print(r.encoding, r.buffer is src)
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
out.write("through a second wrapper\n")
out.flush()

class Sink:
    def __init__(self):
        self.chunks = []
        self.closed = False
    def writable(self):
        return True
    def readable(self):
        return False
    def seekable(self):
        return False
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
    def flush(self):
        pass

s = Sink()
w = io.TextIOWrapper(s, encoding="ascii", errors="replace")
w.write("naïve\n")
w.flush()
print(s.chunks)
for bad in [lambda: io.TextIOWrapper(io.BytesIO(), newline="x"), lambda: io.TextIOWrapper(io.BytesIO(), encoding=5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
with open("tiow_tmp.bin", "wb") as f:
    f.write(b"abc")
with io.FileIO("tiow_tmp.bin") as f:
    print(f.read(), f.mode)
with io.BufferedReader(io.FileIO("tiow_tmp.bin")) as b:
    print(b.read(2), b.read())
import os
os.remove("tiow_tmp.bin")
