def f():
    raise KeyboardInterrupt

try:
    f()
except KeyboardInterrupt:
    print("caught")
raise StopIteration
