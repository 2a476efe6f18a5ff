print("never runs")
price = 5 €
