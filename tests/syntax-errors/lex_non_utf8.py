print("never runs")
x = "café"
