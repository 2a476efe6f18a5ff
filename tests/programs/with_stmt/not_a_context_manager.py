try:
    with 5:
        pass
except TypeError as e:
    print(e)

class OnlyEnter:
    def __enter__(self):
        return self

try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
