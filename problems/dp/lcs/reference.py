def longest_common_subsequence(text1, text2):
    """Prefix DP keeping two rows over the shorter string: O(m * n) time, O(min(m, n)) space."""
    if len(text1) < len(text2):
        text1, text2 = text2, text1
    prev = [0] * (len(text2) + 1)
    for a in text1:
        cur = [0]
        for j, b in enumerate(text2):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
