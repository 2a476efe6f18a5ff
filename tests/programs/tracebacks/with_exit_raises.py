class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

with Bad():
    raise ValueError("body failed")
