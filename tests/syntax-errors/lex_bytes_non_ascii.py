print("never runs")
x = b"café"
