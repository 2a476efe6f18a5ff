[x for x in y]
[x for x in y if a if b]
[x for x in y for z in w]
{x for x in y}
{k: v for k, v in y}
(x for x in y)
[(x, y) for x, y in z]
async def f():
    [x async for x in y]
    [await x for x in y]
