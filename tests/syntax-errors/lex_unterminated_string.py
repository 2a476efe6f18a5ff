print("never runs")
x = "abc
y = 2
