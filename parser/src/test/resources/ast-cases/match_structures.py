match x:
    case [a, b, *rest]: pass
    case (a, b): pass
    case (): pass
    case []: pass
    case a, *_: pass
    case {'k': v, **rest}: pass
    case {}: pass
    case {1: a, a.b: c}: pass
    case Point(x=0, y=1): pass
    case Point(1, 2, z=3): pass
    case Point(): pass
    case a.b.C(): pass
    case [a] | (b) | {'c': c}: pass
    case (a as b): pass
    case _: pass
    case x if x > 0: pass
    case a.b: pass
    case (1 | 2) as c: pass
