x = 1
y = (f'{a}'
     f'{b c}')
