import os
name = "open_read_tmp.txt"
with open(name, "w") as f:
    print(f.write("line one\nline two\n"), f.write("last"))
    print(f.closed, f.mode, f.name, f.encoding)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name) as f:
    print(repr(f.read(4)), repr(f.read(0)), repr(f.read(100)), repr(f.read()))
f = open(name)
print(next(f), end="")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    next(f)
except ValueError as e:
    print(e)
os.remove(name)
