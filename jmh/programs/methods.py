# Stresses: method calls on classes: bound-method lookup through the class and its bases, monomorphic and polymorphic sites.
import sys

DEFAULT_SIZE = 5000000
CURVE_SIZE = 300000


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count += k
        return self.count

    def value(self):
        return self.count


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size

    def scaled_area(self, k):
        return self.area() * k


class Square(Shape):
    pass


class Rect(Shape):
    def __init__(self, size, other):
        Shape.__init__(self, size)
        self.other = other

    def area(self):
        return self.size * self.other


class Triangle(Shape):
    def area(self):
        return self.size * self.size // 2


def bench(n):
    counter = Counter()
    shapes = [Square(3), Rect(2, 5), Triangle(4), Square(1)]
    total = 0
    for i in range(n):
        counter.bump(1)
        shape = shapes[i & 3]
        total += shape.area()
        if i & 7 == 0:
            total += shape.scaled_area(2)
    return total + counter.value()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("methods", n, bench(n))


if __name__ == "__main__":
    main()
