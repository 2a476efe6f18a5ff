a, *b, *c = range(9)
