import sys
v = sys.version_info
print(v)
print(v.major, v.minor, v.micro, v.releaselevel, v.serial, v[0], v[:2], len(v))
print(v >= (3, 8), v < (4,), v == (3, 11, 7, "final", 0), tuple(v))
print(type(v).__name__, isinstance(v, tuple))
print(sys.version.startswith("3.11.7"), sys.hexversion, hex(sys.hexversion))
maj, mi, *rest = v
print(maj, mi, rest)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
try:
    type(v)()
except TypeError as e:
    print(e)
print(sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(type(sys.implementation.version).__name__, hasattr(sys.implementation, "name"))
