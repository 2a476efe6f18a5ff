(a := 1)
if (b := 2): pass
[y := f(x), y**2]
f(a := 1)
while x := f(): pass
x[a := 1]
