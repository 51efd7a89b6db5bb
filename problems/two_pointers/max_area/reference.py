def max_area(height):
    """Two pointers from both ends, always moving the shorter line inward: O(n) time, O(1) space.
    The shorter line already holds its best container (any pair inside is narrower and no taller)."""
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        if height[i] < height[j]:
            area = (j - i) * height[i]
            i += 1
        else:
            area = (j - i) * height[j]
            j -= 1
        if area > best:
            best = area
    return best
