class Oops(Exception):
    pass

raise Oops("custom")
