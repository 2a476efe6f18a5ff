import sys
print("printing first")
sys.exit("fatal: something went wrong")
