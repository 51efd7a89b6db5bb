# time: O(n^3)
# space: O(n^3)
# String-slicing trap: memoised recursion keyed by the suffix strings themselves; each of the n^2 states slices and hashes O(n) characters and the memo stores them.
def edit_distance(word1, word2):
    memo = {}

    def d(a, b):
        if not a:
            return len(b)
        if not b:
            return len(a)
        key = (a, b)
        if key in memo:
            return memo[key]
        if a[0] == b[0]:
            r = d(a[1:], b[1:])
        else:
            r = 1 + min(d(a[1:], b), d(a, b[1:]), d(a[1:], b[1:]))
        memo[key] = r
        return r

    return d(word1, word2)
