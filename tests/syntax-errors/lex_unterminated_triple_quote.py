print("never runs")
s = """abc

def
