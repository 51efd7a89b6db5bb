# For each ancestor of p (lowest first), walks all the way up from q to see whether it is q's ancestor too: correct, but O(depth^2), O(n^2) on a deep tree, against O(n).
def lowest_common_ancestor(parent, p, q):
    a = p
    while a != -1:
        b = q
        while b != -1:
            if b == a:
                return a
            b = parent[b]
        a = parent[a]
    return -1
