'a' 'b'
'a' "b" '''c'''
b'a' b'b'
u'x'
u'x' 'y'
r'\n'
'\n\t\x41\u00e9\N{BULLET}'
b'\x00\xff'
'''multi
line'''
'esc\
continued'
