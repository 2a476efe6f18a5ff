def produce():
    yield 1
    yield int("x")

def consume():
    return [v for v in produce()]

consume()
