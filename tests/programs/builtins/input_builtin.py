line = input()
print("got:", repr(line))
name = input("name? ")
print("hello", name)
print(repr(input("")))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
try:
    input(1, 2)
except TypeError as e:
    print(e)
