try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)
