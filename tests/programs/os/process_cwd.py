import os
cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), os.path.isdir(cwd))
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(os.strerror(2), os.strerror(13), os.strerror(17))
os.mkdir("cwd_tmp_dir")
os.chdir("cwd_tmp_dir")
print(os.path.basename(os.getcwd()))
with open("inside.txt", "w") as f:
    f.write("x")
print(os.path.exists("inside.txt"), os.listdir("."))
os.remove("inside.txt")
os.chdir("..")
os.rmdir("cwd_tmp_dir")
print(os.getcwd() == cwd)
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
