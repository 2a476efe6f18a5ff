import io, _io
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.open is open, io.TextIOWrapper.__name__, io.StringIO.__name__, io.BytesIO.__name__)
print(io.StringIO.__module__, io.TextIOWrapper.__module__, _io.StringIO is io.StringIO)
with open("io_module_tmp.txt", "w") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
    print(isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer.raw, io.FileIO))
    print(repr(f), repr(f.buffer), repr(f.buffer.raw))
print(repr(f))
with open("io_module_tmp.txt", "rb") as g:
    print(isinstance(g, io.BufferedReader), repr(g))
import os
os.remove("io_module_tmp.txt")
