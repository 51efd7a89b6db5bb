# Pairs only lines taller than every line before them (left) with lines taller than every line after them (right): O(n^2) on a mountain.
def max_area(height):
    n = len(height)
    lefts, top = [], -1
    for i in range(n):
        if height[i] > top:
            lefts.append(i)
            top = height[i]
    rights, top = [], -1
    for j in range(n - 1, -1, -1):
        if height[j] > top:
            rights.append(j)
            top = height[j]
    best = 0
    for i in lefts:
        for j in rights:
            if j > i:
                best = max(best, (j - i) * min(height[i], height[j]))
    return best
