def handle(msg):
    match msg:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x} {y}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest)}"
        case {}:
            return "some mapping"

print(handle({"type": "point", "x": 1, "y": 2}))
print(handle({"type": "circle", "r": 5, "c": 0}))
print(handle({"other": 1}))
print(handle([]))
