a = 1
a = b = c
a, b = c
[a, *b] = c
(a) = 1
(a, (b, c)) = d
a.b = 1
a[0] = 1
a[1:2] = 3
x = yield_ = 2
