print("never runs")
x = f"{a # b}"
