x = 5
del x
try:
    x
except NameError as e:
    print(e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
