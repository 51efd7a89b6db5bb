# Bug: a quick reject that requires s and the dictionary to use the same letters (should be: s's letters are a subset).
def word_break(s, word_dict):
    if set(s) != set("".join(word_dict)):
        return False
    words = set(word_dict)
    longest = max(map(len, words))
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and s[j:i] in words:
                ok[i] = True
                break
    return ok[len(s)]
