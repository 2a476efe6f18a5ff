d = {}
try:
    d["key"]
except KeyError:
    x = None
    x.attr
