  try: r=eval(src); print(src, '->', repr(r))
  except Exception as e: print(src, '!!', type(e).__name__, e)
b=bytearray(b'hello'); b[0]=72; b[1:3]=b'EY'; b.append(33); b.extend([63]); b.extend(b'!!'); b.insert(0, 62); del b[1]; print(b)
b[::2]=b'xxxxx'; print(b)
try: b[0]=256
except Exception as e: print(type(e).__name__, e)
try: b[0]='a'
except Exception as e: print(type(e).__name__, e)
try: b[::2]=b'x'
except Exception as e: print(type(e).__name__, e)
b += b'zz'; print(b); b *= 2; print(len(b)); b.reverse(); print(b); b.clear(); print(b, b.copy())
del b[:]; b.extend(range(5)); del b[::2]; print(b)
class BA(bytearray): pass
x = BA(b"sub"); x.attr = 1; print(x, x.attr, len(x), isinstance(x, bytearray))
