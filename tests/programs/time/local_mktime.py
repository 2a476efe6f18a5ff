import time
now = time.time()
lt = time.localtime(now)
print(type(lt).__name__, len(lt), lt.tm_isdst in (0, 1))
print(abs(time.mktime(lt) - int(now)) < 1.0)
print(time.mktime(time.localtime(86400 * 365)) == 86400 * 365)
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1))
print(isinstance(time.tzname, tuple), len(time.tzname))
for bad in [5, (1, 2, 3)]:
    try:
        time.mktime(bad)
    except TypeError as e:
        print(e)
