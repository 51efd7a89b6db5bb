# Bug: assumes a string no longer than the longest word can only be that one word, so "ab" with ["a", "b", "abc"] is False.
def word_break(s, word_dict):
    words = set(word_dict)
    longest = max(map(len, words))
    if len(s) <= longest:
        return s in words
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and s[j:i] in words:
                ok[i] = True
                break
    return ok[len(s)]
