pass
break
continue
return
return 1
return 1, 2
return *a, b
raise
raise E
raise E from e
del a
del a, b[0], c.d
del (a, b)
del [a]
global a, b
nonlocal c
assert a
assert a, 'msg'
a; b; c
