# Bug: fast path for a one-letter word returns len(other) - (letter in other), which is 0 instead of 1 when the other word is empty ("a" vs "").
# Why only the properties catch it: no fixed case pairs a one-letter word with an empty one; Hypothesis draws short words and soon tries "" against "a".
def edit_distance(word1, word2):
    if len(word1) == 1:
        return len(word2) - (word1 in word2)
    if len(word2) == 1:
        return len(word1) - (word2 in word1)
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        cur = [i]
        for j, b in enumerate(word2, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
        prev = cur
    return prev[-1]
