print("never runs")
x = 0777
