class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("suppressing", repr(val))
        return True

with Suppress():
    raise ValueError("gone")
print("after")
