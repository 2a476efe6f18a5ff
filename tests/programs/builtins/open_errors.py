import io
def check(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
        print("opened", type(f).__name__)
        f.close()
    except Exception as e:
        print(type(e).__name__ + ":", e)

with open("open_errors_tmp.txt", "w") as f:
    f.write("x")
check("open_errors_tmp.txt", "rw")
check("open_errors_tmp.txt", "rr")
check("open_errors_tmp.txt", "b")
check("open_errors_tmp.txt", "+")
check("open_errors_tmp.txt", "tb")
check("open_errors_tmp.txt", "q")
check("open_errors_tmp.txt", "rb", encoding="utf-8")
check("open_errors_tmp.txt", "rb", errors="strict")
check("open_errors_tmp.txt", "rb", newline="")
check("open_errors_tmp.txt", "r", newline="x")
check("open_errors_tmp.txt", "r", newline=1)
check("open_errors_tmp.txt", "r", buffering=0)
check("open_errors_tmp.txt", "rb", buffering=0)
check("open_errors_tmp.txt", encoding="no-such-codec")
check("open_errors_tmp.txt", 1)
check("open_errors_tmp.txt", errors=1)
check("open_errors_tmp.txt", encoding=1)
check(1.5)
check("")
check(".")
check("no/such/dir/file.txt")
check("no_such_file.txt")
check()
f = open("open_errors_tmp.txt", "w")
try:
    f.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
f = open("open_errors_tmp.txt")
try:
    f.write("a")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    f.write(b"a")
except Exception as e:
    print(type(e).__name__ + ":", e)
f.close()
fb = open("open_errors_tmp.txt", "wb")
try:
    fb.write("text")
except TypeError as e:
    print(e)
fb.close()
import os
os.remove("open_errors_tmp.txt")
