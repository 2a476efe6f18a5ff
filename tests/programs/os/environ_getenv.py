import os
os.environ["RAMJET_TEST_VAR"] = "value 1"
print(os.environ["RAMJET_TEST_VAR"], os.getenv("RAMJET_TEST_VAR"), "RAMJET_TEST_VAR" in os.environ)
print(os.getenv("RAMJET_NO_SUCH_VAR"), os.getenv("RAMJET_NO_SUCH_VAR", "fallback"), os.environ.get("RAMJET_NO_SUCH_VAR", 3))
del os.environ["RAMJET_TEST_VAR"]
print("RAMJET_TEST_VAR" in os.environ, os.getenv("RAMJET_TEST_VAR"))
for op in [lambda: os.environ.__setitem__("X", 1), lambda: os.environ.__setitem__(1, "x"),
           lambda: os.environ["RAMJET_NO_SUCH_VAR"], lambda: os.environ.__delitem__("RAMJET_NO_SUCH_VAR"),
           lambda: os.getenv(1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, repr(e))
print(type(os.environ).__name__, isinstance(os.environ, dict), type(os.environ.copy()).__name__)
print(os.environ.setdefault("RAMJET_SD", "first"), os.environ.setdefault("RAMJET_SD", "second"))
print(os.environ.pop("RAMJET_SD"), os.environ.pop("RAMJET_SD", "gone"))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(len(os.environ) == len(list(os.environ)), "PATH" in os.environ)
