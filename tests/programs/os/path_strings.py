import os.path as p
import os
print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "x"), p.join("a", ""), p.join("/"))
print(p.split("/a/b/c.txt"), p.split("/a/b/"), p.split("a"), p.split("/"), p.split("//x"), p.split(""))
print(p.splitext("a/b.tar.gz"), p.splitext(".bashrc"), p.splitext("a.b/c"), p.splitext("x."), p.splitext("...x"))
print(p.basename("/a/b/c.txt"), repr(p.basename("/a/b/")), p.dirname("/a/b/c.txt"), p.dirname("c.txt"), p.dirname("/"))
for n in ["", ".", "/", "//", "///", "a/./b", "a/../b", "../a", "/../a", "a//b/", "a/b/../../..", "/a/./b/../../..//c"]:
    print(repr(n), repr(p.normpath(n)))
print(p.isabs("/a"), p.isabs("a"), p.isabs(""), p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"))
print(p.commonprefix(["interstellar", "internet", "interval"]), repr(p.commonprefix([])))
print(p.abspath("/x/y/../z"), p.abspath("sub/f.txt") == p.join(os.getcwd(), "sub", "f.txt"))
print(p.expanduser("~") == os.environ.get("HOME", p.expanduser("~")), p.expanduser("nothome"))
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.basename(b"/q/r"))
print(os.sep, os.pathsep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull)
for bad in [lambda: p.join(1), lambda: p.join("a", b"b"), lambda: p.split(5), lambda: p.relpath("")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
class PL:
    def __fspath__(self):
        return "/from/fspath"
print(p.join(PL(), "x"), os.fspath(PL()), os.fspath("s"), os.fspath(b"b"))
