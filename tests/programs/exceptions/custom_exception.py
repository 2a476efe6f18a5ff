class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise AppError(7, "bad thing")
except AppError as e:
    print(e.code, e, e.args)
