def g():
    return 1

def f():
    return g()

def h():
    return len([1, 2])

results = []
for i in range(3):
    results.append(f())
    if i == 0:
        def g():
            return 2
    if i == 1:
        g = lambda: 3
print(results)

print(h())
len = lambda x: 42
print(h())
del len
print(h())

import_counter = 0
def bump():
    global import_counter
    import_counter += 1
    return import_counter

def read():
    return import_counter

for _ in range(3):
    bump()
    print(read())
