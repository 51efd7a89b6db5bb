# From every day, scans forward to the first warmer day: correct, but O(n^2) when temperatures never rise, against O(n).
def daily_temperatures(temperatures):
    n = len(temperatures)
    ans = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temperatures[j] > temperatures[i]:
                ans[i] = j - i
                break
    return ans
