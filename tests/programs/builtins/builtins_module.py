import builtins
print(builtins.len is len, builtins.print is print)
print(len.__name__, len.__module__, repr(len), type(len).__name__)
print(len.__self__ is builtins, print.__text_signature__ if hasattr(print, "__text_signature__") else None)
builtins.my_global = "visible everywhere"
print(my_global)
del builtins.my_global
try:
    my_global
except NameError as e:
    print(e)
original_len = builtins.len
builtins.len = lambda x: "patched"
print(len([1, 2, 3]))
builtins.len = original_len
print(len([1, 2, 3]))
names = set(dir(builtins))
for n in ["abs", "all", "any", "ascii", "bin", "callable", "chr", "dir", "divmod", "eval", "exec", "format", "hash", "hex", "id", "input", "iter", "len", "max", "min", "next", "oct", "open", "ord", "pow", "print", "repr", "round", "sorted", "sum", "vars", "zip", "__import__", "__build_class__"]:
    print(n, n in names)
