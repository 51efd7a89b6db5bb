# Tries every pair of lines: correct, but O(n^2) against an O(n) budget.
def max_area(height):
    best = 0
    n = len(height)
    for i in range(n):
        for j in range(i + 1, n):
            area = (j - i) * min(height[i], height[j])
            if area > best:
                best = area
    return best
