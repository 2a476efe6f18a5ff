s = 'hé' x
