print(len([1, 2]))
len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2, 3]))
