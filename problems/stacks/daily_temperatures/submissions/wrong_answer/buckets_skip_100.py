# Next index per temperature, but scans warmer temperatures with range(t + 1, 100), so a 100-degree day is never found.
def daily_temperatures(temperatures):
    nxt = {}
    ans = [0] * len(temperatures)
    for i in range(len(temperatures) - 1, -1, -1):
        t = temperatures[i]
        warmer = [nxt[w] for w in range(t + 1, 100) if w in nxt]
        if warmer:
            ans[i] = min(warmer) - i
        nxt[t] = i
    return ans
