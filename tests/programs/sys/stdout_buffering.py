import sys
sys.stdout.write("a")
sys.stderr.write("b\n")
sys.stdout.write("c\n")
print("line", flush=True)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
print("after reconfigure")
try:
    sys.stdout.reconfigure(foo=1)
except TypeError as e:
    print(e)
