import os
name = "open_modes_tmp.txt"
with open(name, "w") as f:
    f.write("abc")
with open(name, "a") as f:
    f.write("def")
print(open(name).read())
with open(name, "r+") as f:
    print(f.read(2))
    f.seek(0)
    f.write("XY")
print(open(name).read())
with open(name, "w+") as f:
    f.write("new")
    f.seek(0)
    print(f.read())
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
os.remove(name)
with open(name, "x") as f:
    f.write("created")
print(open(name).read())
with open(name, "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())
os.remove(name)
