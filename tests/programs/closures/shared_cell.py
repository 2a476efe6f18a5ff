def pair():
    value = []
    def push(x):
        value.append(x)
    def get():
        return list(value)
    return push, get

push, get = pair()
push(1); push(2)
print(get())
