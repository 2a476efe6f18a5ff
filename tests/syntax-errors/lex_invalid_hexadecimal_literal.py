print("never runs")
x = 0xfg
