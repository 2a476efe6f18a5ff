import sys
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("multi ")
sys.stdout.write("part\n")
sys.stderr.write("to stderr\n")
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.writable(), sys.stdin.readable(), sys.stdout.readable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.isatty(), sys.stdin.isatty())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(repr(sys.stdout), repr(sys.stderr))
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__ in ("BufferedWriter", "FileIO"))
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.errors, sys.stderr.errors)
