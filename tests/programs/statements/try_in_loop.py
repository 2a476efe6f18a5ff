result = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        result.append(i)
    finally:
        result.append("f%d" % i)
print(result)
def g():
    for i in range(3):
        try:
            return i
        finally:
            print("finally in g", i)
print(g())
