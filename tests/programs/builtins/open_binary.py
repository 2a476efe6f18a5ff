import os
name = "open_binary_tmp.bin"
with open(name, "wb") as f:
    print(f.write(b"\x00\x01\x02abc\n\xff"))
    print(type(f).__name__, f.mode)
with open(name, "rb") as f:
    data = f.read()
    print(data, type(data).__name__, len(data))
with open(name, "rb") as f:
    print(f.read(2), f.tell(), f.read(3), f.tell())
    f.seek(0)
    print(f.readline(), f.readline(), f.readline())
    f.seek(-2, 2)
    print(f.read(), f.tell())
    f.seek(1)
    f.seek(2, 1)
    print(f.read(1))
with open(name, "rb") as f:
    print(list(f))
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall())
os.remove(name)
