a + b - c * d / e // f % g @ h ** i ** j
a << b >> c & d ^ e | f
-a + +b - ~c
not a
