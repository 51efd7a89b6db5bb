# Two pointers moving the shorter line, but the guard for fewer than two lines is a bare `return`, so it gives None instead of 0.
def max_area(height):
    if len(height) < 2:
        return
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        best = max(best, (j - i) * min(height[i], height[j]))
        if height[i] < height[j]:
            i += 1
        else:
            j -= 1
    return best
