import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"

print(name(Color.RED), name(Color.GREEN), name(3))
