import os
base = "os_files_tmp_dir"
os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base))
with open(os.path.join(base, "a.txt"), "w") as f:
    f.write("hello")
with open(os.path.join(base, "b.txt"), "w") as f:
    f.write("hi")
os.makedirs(os.path.join(base, "sub", "deeper"))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
print(sorted(os.listdir(base)))
print(os.path.getsize(os.path.join(base, "a.txt")), os.stat(os.path.join(base, "b.txt")).st_size)
st = os.stat(base)
print(type(st).__name__, st.st_size >= 0, type(st.st_mtime).__name__, type(st[8]).__name__, len(st))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "c.txt"))
print(sorted(os.listdir(base)))
for op in [lambda: os.mkdir(base), lambda: os.makedirs(base), lambda: os.rmdir(base),
           lambda: os.remove(os.path.join(base, "sub")), lambda: os.listdir(os.path.join(base, "c.txt")),
           lambda: os.remove(os.path.join(base, "missing")), lambda: os.stat(os.path.join(base, "missing")),
           lambda: os.rename(os.path.join(base, "missing"), os.path.join(base, "x")),
           lambda: os.listdir(os.path.join(base, "missing")), lambda: os.chdir(os.path.join(base, "missing"))]:
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
os.remove(os.path.join(base, "b.txt"))
os.unlink(os.path.join(base, "c.txt"))
os.rmdir(os.path.join(base, "sub", "deeper"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(os.path.exists(base), os.path.exists(""), os.path.exists("."))
