# Prefix DP that only tries split points within the longest word's length, with a set for lookups: O(n * L^2).
def word_break(s, word_dict):
    words = set(word_dict)
    longest = max(map(len, words))
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and s[j:i] in words:
                ok[i] = True
                break
    return ok[len(s)]
