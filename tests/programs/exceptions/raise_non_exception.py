for thing in (42, "text"):
    try:
        raise thing
    except TypeError as e:
        print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
