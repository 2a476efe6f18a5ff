match = 1
case = 2
_ = 3
match(x)
match[1]
match.a = 1
print(match, case, _)
match x, y:
    case _: pass
match -x:
    case _: pass
match *a, b:
    case _: pass
