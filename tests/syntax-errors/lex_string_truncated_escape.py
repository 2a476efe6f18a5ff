print("never runs")
x = "\x4"
