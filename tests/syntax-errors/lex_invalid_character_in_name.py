print("never runs")
naïve€ = 1
