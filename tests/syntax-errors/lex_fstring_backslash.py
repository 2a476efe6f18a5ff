print("never runs")
x = f"{'\n'.join(y)}"
