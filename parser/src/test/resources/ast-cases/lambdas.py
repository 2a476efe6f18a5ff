lambda: 1
lambda x: x
lambda x, y=1, *a, z, w=2, **k: 0
lambda x, /, y: 0
lambda *, a: 0
lambda *a: 0
lambda **k: 0
lambda x=1, /, y=2: 0
