import sys, io

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("a", 1, sep="-", end="$", file=r)
print(file=r, flush=True)
print(r.calls)
buf = io.StringIO()
print("to", "buffer", file=buf)
print(repr(buf.getvalue()))
print("to stderr", file=sys.stderr)
try:
    print("x", file=1)
except AttributeError as e:
    print(e)
print("explicit stdout", file=sys.stdout)
print("none file", file=None)
