import time
for s in [0, 1, 86399, 86400, 1e9, 1e9 + 0.75, -1, 951782400, 4102444800]:
    print(s, time.gmtime(s))
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[:3], len(t), tuple(t), list(t)[6:])
print(t.tm_zone, t.tm_gmtoff, type(t).__name__, isinstance(t, tuple))
y, m, d, *rest = t
print(y, m, d, rest)
st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(st, st.tm_yday, st.tm_zone)
for bad in [(1, 2), (1,) * 12, 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
try:
    t.tm_year = 1
except AttributeError:
    print("read-only")
for bad in ["a", 1e20, float("nan")]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(time.gmtime()[0] >= 2024, time.gmtime(None)[0] >= 2024)
