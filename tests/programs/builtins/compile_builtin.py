def check(*args, **kwargs):
    try:
        r = compile(*args, **kwargs)
        print(type(r).__name__)
        return r
    except Exception as e:
        print(type(e).__name__ + ":", e)

c = check("x = 1\nprint(x + 1)", "<src>", "exec")
exec(c)
e = check("1 + 2", "<src>", "eval")
print(eval(e))
s = check("1 + 2", "<src>", "single")
exec(s)
check("1 +", "<src>", "exec")
check("x = 1", "<src>", "eval")
check("x", "<src>", "bogus")
check(1, "<src>", "exec")
check("x\0", "<src>", "exec")
check(b"y = 2", "<bytes>", "exec")
check("pass", "<src>")
check()
try:
    compile("def f(:\n pass", "my_file.py", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno, err.offset, repr(err.text))
try:
    compile("  x = 1", "ind.py", "exec")
except IndentationError as err:
    print(type(err).__name__, err.msg, err.lineno)
co = compile("a = 5", "f.py", "exec")
ns = {}
exec(co, ns)
print(ns["a"], co.co_filename)
