# Assumes the best container always uses the tallest line and pairs it with every other one: O(n), but wrong.
def max_area(height):
    if len(height) < 2:
        return 0
    k = max(range(len(height)), key=height.__getitem__)
    return max(abs(j - k) * min(height[j], height[k]) for j in range(len(height)) if j != k)
