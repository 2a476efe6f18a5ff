import os
name = "open_seek_tmp.txt"
with open(name, "w") as f:
    f.write("0123456789\nabcdef\n")
    print(f.tell())
with open(name) as f:
    print(f.tell(), repr(f.read(3)), f.tell())
    line = f.readline()
    print(repr(line), f.tell())
    pos = f.tell()
    print(repr(f.read()), f.tell())
    f.seek(pos)
    print(repr(f.readline()))
    print(f.seek(0, 2), f.tell())
    f.seek(0)
    print(repr(f.read(1)))
    for whence, off in [(1, 5), (2, -1), (3, 0)]:
        try:
            f.seek(off, whence)
        except Exception as e:
            print(type(e).__name__ + ":", e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(e)
    print(f.seekable(), f.readable(), f.writable())
with open(name, "r+") as f:
    f.seek(5)
    f.write("XX")
    f.seek(0)
    print(repr(f.read()))
    f.truncate(4)
    f.seek(0)
    print(repr(f.read()))
os.remove(name)
