def t(v):
    print("t", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t("") or t("x"))
print(not t([]))
print(t(None) if t(False) else t("else"))
