print("never runs")
x = 0b102
