m = __import__("math")
print(m.__name__, m.sqrt(16))
import sys
print(__import__("sys") is sys)
osp = __import__("os.path")
print(osp.__name__)
p = __import__("os.path", fromlist=["join"])
print(p.__name__)
for bad in [("no_such_module_xyz",), (1,), ("",), ("math", None, None, (), -1)]:
    try:
        __import__(*bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(e)
print("math" in sys.modules, "no_such_module_xyz" in sys.modules)
