# Bug: BFS that only recognises the target when a coin is added, so amount 0 gives -1 instead of 0.
def coin_change(coins, amount):
    seen = {0}
    frontier = [0]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        for s in frontier:
            for c in coins:
                t = s + c
                if t == amount:
                    return steps
                if t < amount and t not in seen:
                    seen.add(t)
                    nxt.append(t)
        frontier = nxt
    return -1
