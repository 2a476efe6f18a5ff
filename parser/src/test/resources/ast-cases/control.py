if a: pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while a:
    break
else:
    continue
for x in y:
    pass
else:
    pass
for x, *y in z: pass
for (a, b) in c: pass
