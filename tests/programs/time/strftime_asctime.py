import time
t = time.gmtime(1000000000)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%c", "%x %X", "%j %U %W %w %u", "%I %p %y %C", "%D %F %T %R",
            "%e|%G|%V|%g", "%%", "%Z %z", "no directives", "%Q unknown", "%"]:
    print(repr(fmt), repr(time.strftime(fmt, t)))
print(time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime(t), time.asctime((2024, 3, 5, 7, 8, 9, 1, 65, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
            (2024, 1, 1, 0, 0, 0, -2, 1, 0), (1, 2, 3), 5]:
    try:
        print(time.strftime("%Y", bad))
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    time.strftime(1)
except TypeError as e:
    print(e)
print(type(time.ctime()).__name__, len(time.asctime()))
