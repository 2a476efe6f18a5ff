import sys
print("unicode: héllo ☃ \U0001f600")
print("stderr keeps going: \udcff", file=sys.stderr)
try:
    print("lone surrogate: \ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end, e.encoding)
sys.stdout.flush()
print("still fine")
print("raise now: \udc80")
