f(a,
