import sys
def f():
    frame = sys._getframe()
    print(frame.f_code.co_name, frame.f_lineno)
    caller = sys._getframe(1)
    print(caller.f_code.co_name, caller.f_lineno)
    print(sys._getframe(1) is frame.f_back)
    return frame

def g():
    return f()

g()
print(sys._getframe().f_code.co_name)
print(sys._getframe().f_globals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)

def local_peek():
    x = 42
    return sys._getframe().f_locals["x"]

print(local_peek())
