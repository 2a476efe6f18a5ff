# Stresses: attribute-heavy object code: reads and writes of instance attributes (a dict lookup each in CPython).
import sys

DEFAULT_SIZE = 10000000
CURVE_SIZE = 600000


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.bounces = 0


class Box:
    def __init__(self, width, height):
        self.width = width
        self.height = height


def bench(n):
    box = Box(1000, 700)
    particles = [Particle(i * 37 % 1000, i * 53 % 700, i % 7 - 3, i % 5 - 2) for i in range(16)]
    steps = n // len(particles)
    for _ in range(steps):
        for p in particles:
            p.x = p.x + p.vx
            p.y = p.y + p.vy
            if p.x < 0 or p.x >= box.width:
                p.vx = -p.vx
                p.bounces = p.bounces + 1
            if p.y < 0 or p.y >= box.height:
                p.vy = -p.vy
                p.bounces = p.bounces + 1
    total = 0
    for p in particles:
        total = total + p.x * 3 + p.y * 5 + p.bounces
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("attrs", n, bench(n))


if __name__ == "__main__":
    main()
