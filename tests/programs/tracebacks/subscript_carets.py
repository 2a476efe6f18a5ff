def get(items, i):
    return items[i]

get([1, 2, 3], 10)
