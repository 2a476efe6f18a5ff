def f():
    try:
        return "try"
    finally:
        print("in finally")

def g():
    try:
        raise ValueError
    finally:
        return "swallowed"

print(f())
print(g())
