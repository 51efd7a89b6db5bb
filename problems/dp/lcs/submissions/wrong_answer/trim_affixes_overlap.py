# Bug: trims the common prefix and suffix first, but measures the suffix on the untrimmed strings, so they can overlap and count twice.
def longest_common_subsequence(text1, text2):
    if text1 == text2:
        return len(text1)
    short = min(len(text1), len(text2))
    p = 0
    while p < short and text1[p] == text2[p]:
        p += 1
    s = 0
    while s < short and text1[-1 - s] == text2[-1 - s]:
        s += 1
    a, b = text1[p:len(text1) - s], text2[p:len(text2) - s]
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return p + s + prev[-1]
