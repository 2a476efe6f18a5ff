try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
