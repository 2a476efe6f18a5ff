for x in []:
    try:
        pass
    except* ValueError:
        break
