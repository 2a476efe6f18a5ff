for exc in (KeyError("a"), IndexError("b"), ValueError("c")):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", repr(e))
