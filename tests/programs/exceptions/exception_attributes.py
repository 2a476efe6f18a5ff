try:
    raise KeyError("missing")
except KeyError as e:
    print(e.args, str(e), repr(e))
e = ValueError(1, 2)
print(e.args, str(e))
try:
    {}.nope
except AttributeError as err:
    print(err.name, type(err.obj).__name__)
