import os
name = "open_nl_tmp.txt"
with open(name, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(name, "rb").read())
with open(name, "w", newline="\r") as f:
    f.write("a\nb")
print(open(name, "rb").read())
with open(name, "w", newline="") as f:
    f.write("a\r\nb\n")
print(open(name, "rb").read())
os.remove(name)
