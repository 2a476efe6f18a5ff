import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in [0, -1, "a", 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(1500))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)

def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(30)
        except RecursionError as e:
            print("RecursionError:", str(e).split(":")[0])
        return
    deep(n - 1)

deep(50)
sys.setrecursionlimit(1000)
