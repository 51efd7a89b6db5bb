# Bug: compares UTF-8 bytes "for speed", so a multi-byte character counts as several and shares bytes with others.
def longest_common_subsequence(text1, text2):
    a, b = text1.encode(), text2.encode()
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
