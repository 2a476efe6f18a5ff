class C:
    print([y := 1 for x in range(3)])
