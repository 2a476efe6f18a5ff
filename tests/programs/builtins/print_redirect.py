import sys, io
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2)
print("second line")
out = sys.stdout.getvalue()
sys.stdout = saved
print("got:", repr(out))
sys.stdout = None
print("vanishes")
sys.stdout = saved
print("back", sys.stdout is sys.__stdout__)

class Upper:
    def write(self, s):
        saved.write(s.upper())
    def flush(self):
        pass

sys.stdout = Upper()
print("shouting", "now")
sys.stdout = saved
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError:", e)
