print("never runs")
x = 1__000
