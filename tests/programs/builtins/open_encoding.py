import os
name = "open_enc_tmp.txt"
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo wörld ☃ \U0001f600\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-8") as f:
    s = f.read()
    print(s, len(s))
with open(name, "w", encoding="latin-1") as f:
    f.write("café")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.read())
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(name, encoding="utf-8", errors="replace") as f:
    print(f.read())
with open(name, encoding="utf-8", errors="ignore") as f:
    print(f.read())
try:
    with open(name, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(name, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
print(open(name, encoding="ascii").read())
with open(name, "w", encoding="utf-8-sig") as f:
    f.write("bom")
print(open(name, "rb").read(), repr(open(name, encoding="utf-8-sig").read()))
os.remove(name)
