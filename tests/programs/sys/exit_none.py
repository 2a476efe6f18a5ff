import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
raise SystemExit(None)
