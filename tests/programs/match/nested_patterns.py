def check(cmd):
    match cmd:
        case ("move", (x, y)) | ("goto", (x, y)):
            return f"to {x},{y}"
        case ("say", str(msg)) if msg:
            return "say " + msg
        case ("quit" | "exit",):
            return "bye"
        case {"action": ("a" | "b") as act, **rest}:
            return "act " + act
        case _:
            return "?"

for c in (("move", (1, 2)), ("goto", [3, 4]), ("say", "hi"), ("say", ""), ("exit",), {"action": "b", "z": 1}, 5):
    print(check(c))
