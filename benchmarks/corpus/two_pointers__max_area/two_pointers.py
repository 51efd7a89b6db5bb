# time: O(n)
# space: O(1)
# Two pointers from both ends, always moving the shorter line inward.
def max_area(height):
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        if height[i] < height[j]:
            best = max(best, (j - i) * height[i])
            i += 1
        else:
            best = max(best, (j - i) * height[j])
            j -= 1
    return best
