print("never runs")
x = b"\x4g"
