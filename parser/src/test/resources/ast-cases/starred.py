*a, b = c
a, *b = c
[*a] = b
print(*a)
x = *a, *b
for *a, b in c: pass
