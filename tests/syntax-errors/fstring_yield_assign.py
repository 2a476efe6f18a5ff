x = f'{a b c}' + f'{d}'
