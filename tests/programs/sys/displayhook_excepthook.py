import sys, builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(repr(builtins._))
sys.excepthook(ValueError, ValueError("shown by excepthook"), None)
print(sys.__displayhook__ is sys.displayhook, sys.__excepthook__ is sys.excepthook)
def my_hook(t, v, tb):
    print("custom hook:", t.__name__, v)
sys.excepthook = my_hook
raise RuntimeError("goes to the custom hook")
