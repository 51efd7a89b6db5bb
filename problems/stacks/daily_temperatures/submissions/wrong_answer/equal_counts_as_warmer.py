# Pops with <= instead of <, so a day with the same temperature counts as warmer.
def daily_temperatures(temperatures):
    res = [0] * len(temperatures)
    stack = []
    for i, t in enumerate(temperatures):
        while stack and temperatures[stack[-1]] <= t:
            j = stack.pop()
            res[j] = i - j
        stack.append(i)
    return res
