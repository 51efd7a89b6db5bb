# Sorts the points by squared distance and takes the first k: O(n log n).
def k_closest(points, k):
    return sorted(points, key=lambda p: p[0] * p[0] + p[1] * p[1])[:k]
