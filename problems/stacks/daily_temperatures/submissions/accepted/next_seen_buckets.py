# Walks backward keeping the next index of every temperature 30..100, takes the nearest warmer one: O(71 n) = O(n).
def daily_temperatures(temperatures):
    nxt = [None] * 101
    ans = [0] * len(temperatures)
    for i in range(len(temperatures) - 1, -1, -1):
        t = temperatures[i]
        best = None
        for w in range(t + 1, 101):
            j = nxt[w]
            if j is not None and (best is None or j < best):
                best = j
        if best is not None:
            ans[i] = best - i
        nxt[t] = i
    return ans
