# array.array: construction, repr, indexing, slicing, methods, bytes and errors for every type code
from array import array, typecodes
print(typecodes)
for tc in "bBhHiIlLqQ":
    a = array(tc, [1, 2, 3, 100])
    print(repr(a), a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:3], a[::-2], a.tolist(), list(a), 3 in a)
print(array('f', [0.1, 2.5]), array('d', [1.0, 2.0]), array('d'), array('u', 'hé𝐀'), array('d', range(3)))
print(array('b', b'ab'), array('B', b'\xff\x00'), array('I', [2**32 - 1]), array('Q', [2**64 - 1]), array('q', [-2**63]))
a = array('i', [5, 1, 4])
a.append(9); a.extend([7, 7]); a.extend(array('i', [8])); a.insert(0, -1); a.insert(-100, -2); a.insert(100, 99)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7); a.reverse()
print(a, a.index(4), a.count(7), a.index(5, 1), a.buffer_info()[1])
a[1] = 42; a[-1] = 0
a[1:3] = array('i', [10, 11, 12, 13]); print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a)
del a[1]; del a[::3]; print(a)
a[2:] = array('i'); print(a)
a += array('i', [3]); a *= 2; print(a, a + a, a * 2, 2 * array('b', [1]), array('h', [1]) * 0)
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) < array('i', [1, 0]), array('d', [1.5, 2]) > array('d', [1.5, 1]),
      array('i', [1]) != array('i', [1, 2]), array('i') == array('i'))
d = array('d', [1.5, -2.25])
b = d.tobytes(); print(b, len(b))
e = array('d'); e.frombytes(b); print(e, e == d)
h = array('h', [1, 256, -2]); h.byteswap(); print(h)
f = array('i'); f.fromlist([1, 2]); print(f, array('u', 'ab').tounicode())
print([x * 2 for x in array('H', [1, 2, 3])], sum(array('d', [0.5, 0.25])))
it = iter(array('b', [1])); print(next(it), list(it))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for tc in "bBhHiIlLqQ":
    for v in [-2**64, -2**63 - 1, -129, -1, 256, 2**16, 2**31, 2**32, 2**63, 2**64]:
        err(lambda: array(tc, [v]))
err(lambda: array('i', [1.5])); err(lambda: array('d', ['a'])); err(lambda: array('u', [1])); err(lambda: array('u', ['ab']))
err(lambda: array('x')); err(lambda: array('i', 'ab')); err(lambda: array(1)); err(lambda: array('ii'))
err(lambda: array('i', [1]) + array('d', [1.0])); err(lambda: array('i', [1]) + [1]); err(lambda: array('i', [1])[5])
err(lambda: array('i', [1]).index(7)); err(lambda: array('i', [1]).remove(7)); err(lambda: array('i').pop())
err(lambda: array('i', [1]).pop(4)); err(lambda: array('i', [1]) * 'a'); err(lambda: array('b', [1]).extend([1, 2, 500]))
err(lambda: array('i', [1]).extend(array('d'))); err(lambda: array('i', [1]).frombytes(b'abc'))
err(lambda: array('i', [1]).fromlist((1,))); err(lambda: array('i', [1])[1.0]); err(lambda: array('i', 5))
err(lambda: array('i').tounicode())
x = array('i', [1, 2])
err(lambda: x.__setitem__(slice(0, 2), [1])); err(lambda: x.__setitem__(slice(0, 2), array('d')))
err(lambda: array('i', [1, 2, 3, 4]).__setitem__(slice(0, 4, 2), array('i', [1])))
err(lambda: x.__setitem__(3, 1)); err(lambda: x.__setitem__(0, 2**40))
print(x)
