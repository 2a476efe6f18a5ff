s = 'héllo' x
