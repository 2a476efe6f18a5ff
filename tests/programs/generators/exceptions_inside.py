def g():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as e:
        yield f"caught {e}"
    finally:
        yield "finally"

print(list(g()))
