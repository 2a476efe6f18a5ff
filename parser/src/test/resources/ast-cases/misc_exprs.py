a[b](c).d
await_ = 1
-1 ** 2
(-1) ** 2
not not a
a if b else lambda: c
