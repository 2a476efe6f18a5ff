x = 1  # comment

# more
