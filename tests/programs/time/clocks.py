import time
t1 = time.time()
n1 = time.time_ns()
p1 = time.perf_counter()
m1 = time.monotonic()
c1 = time.process_time()
time.sleep(0.01)
print(type(t1).__name__, type(n1).__name__, type(p1).__name__, type(m1).__name__, type(c1).__name__)
print(time.time() >= t1, time.time_ns() > n1, time.perf_counter() - p1 >= 0.009, time.monotonic() >= m1)
print(abs(n1 / 1e9 - t1) < 1.0, t1 > 1.6e9)
print(type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.process_time_ns()).__name__)
time.sleep(0)
for bad in [-1, "a", None]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(e)
