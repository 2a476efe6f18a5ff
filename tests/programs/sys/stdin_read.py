import sys
first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
