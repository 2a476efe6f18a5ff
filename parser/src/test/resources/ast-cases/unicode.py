s = 'héllo'; x = 1
näme = 'ü' + '€'
f'{näme}é'
