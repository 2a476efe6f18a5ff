print(repr(exit), repr(quit))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
print("about to exit")
exit("bye")
print("not printed")
