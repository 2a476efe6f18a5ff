import sys
def inner():
    raise ValueError("bad value")
def outer():
    inner()
print("start")
outer()
