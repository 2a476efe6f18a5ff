print("never runs")
x = 0o18
