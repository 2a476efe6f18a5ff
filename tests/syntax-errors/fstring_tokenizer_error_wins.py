msg = f'{msg took {dt * 1e3:.3f}ms: {a!r}'
