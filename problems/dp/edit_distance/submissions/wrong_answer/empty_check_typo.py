# Bug: copy-pasted empty check returns len(word2) when word2 is empty, i.e. 0 instead of len(word1).
def edit_distance(word1, word2):
    if not word1:
        return len(word2)
    if not word2:
        return len(word2)
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        cur = [i]
        for j, b in enumerate(word2, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
        prev = cur
    return prev[-1]
