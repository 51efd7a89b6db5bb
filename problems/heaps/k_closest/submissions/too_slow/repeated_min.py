# Finds and removes the closest remaining point k times: correct, but O(n * k), quadratic for k ~ n / 2.
def k_closest(points, k):
    rest = list(points)
    out = []
    for _ in range(k):
        best = min(range(len(rest)), key=lambda i: rest[i][0] ** 2 + rest[i][1] ** 2)
        out.append(rest.pop(best))
    return out
