try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e), repr(e.exceptions[0]))
