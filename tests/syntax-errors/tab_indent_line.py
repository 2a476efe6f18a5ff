if x:
	foo bar
