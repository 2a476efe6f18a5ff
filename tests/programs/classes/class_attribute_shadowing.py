class C:
    x = "class"
    def get(self):
        return self.x
c = C()
print(c.get())
c.x = "instance"
print(c.get(), C.x)
del c.x
print(c.get())
C.x = "changed"
print(c.get())
