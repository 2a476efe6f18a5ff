print("never runs")
x = 1.5jj
