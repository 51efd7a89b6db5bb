# Puts the points in a set first (to "avoid duplicates"), so repeated points count once and fewer than k can come back.
def k_closest(points, k):
    unique = {(x, y) for x, y in points}
    return [list(p) for p in sorted(unique, key=lambda p: p[0] ** 2 + p[1] ** 2)[:k]]
