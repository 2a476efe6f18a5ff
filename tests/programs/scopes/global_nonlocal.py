counter = 0
def bump():
    global counter
    counter += 1

def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
    add(3); add(4)
    return total

bump(); bump()
print(counter, outer())
