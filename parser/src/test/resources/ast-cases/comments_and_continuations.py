x = (1 +  # comment
     2)
y = 1 + \
    2

# trailing comment
