class Field:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

class Model:
    title = Field()
    body = Field()

m = Model()
print(m.title, Model.body.name)
