# Bug: a "fast path" for strictly monotone walls pairs the middle line with the far end (AM-GM: height x width peaks in the middle), which is optimal only for evenly spaced ramps like 1, 2, ..., n; other lists use correct two pointers.
# Why only the properties catch it: the only strictly monotone fixed cases are the even ramps 1..10 / 10..1 and two-line lists, where the midpoint is right; the properties draw strictly monotone walls with uneven steps.
def max_area(height):
    n = len(height)
    if n < 2:
        return 0
    if all(a < b for a, b in zip(height, height[1:])):  # rising: right end is the tallest
        m = (n - 1) // 2
        return height[m] * (n - 1 - m)
    if all(a > b for a, b in zip(height, height[1:])):  # falling: left end is the tallest
        m = n // 2
        return height[m] * m
    i, j = 0, n - 1
    best = 0
    while i < j:
        if height[i] < height[j]:
            area = (j - i) * height[i]
            i += 1
        else:
            area = (j - i) * height[j]
            j -= 1
        best = max(best, area)
    return best
