def daily_temperatures(temperatures):
    """Monotonic stack of days still waiting for a warmer one: O(n) time, O(n) space."""
    answer = [0] * len(temperatures)
    waiting = []
    for i, t in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
