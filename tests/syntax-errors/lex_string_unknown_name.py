print("never runs")
x = "\N{NO SUCH NAME}"
