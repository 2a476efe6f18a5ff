import sys
print(sys.argv)
print(len(sys.argv), type(sys.argv).__name__)
