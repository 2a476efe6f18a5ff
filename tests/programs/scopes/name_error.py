try:
    print(undefined_thing)
except NameError as e:
    print(e)
def f():
    return also_missing
try:
    f()
except NameError as e:
    print(e)
