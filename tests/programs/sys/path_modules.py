import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
sys.path.append("/nonexistent/dir")
print(sys.path[-1])
import math
print(sys.modules["math"] is math)
del sys.modules["math"]
import math as math2
print(math2 is math, math2.sqrt(4))
sys.modules["fake_module"] = "I am fake"
import fake_module
print(fake_module)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print(sys.meta_path is not None, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
