value = 1
def outer():
    value = 2
    def inner():
        global value
        value = 3
        return value
    inner()
    return value
print(outer(), value)
