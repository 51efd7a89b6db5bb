# DP over every earlier split point j, skipping pieces longer than the longest word: O(n^2) split checks.
def word_break(s, word_dict):
    words = set(word_dict)
    longest = max(len(w) for w in word_dict)
    n = len(s)
    dp = [False] * (n + 1)
    dp[0] = True
    for i in range(1, n + 1):
        for j in range(i):
            if dp[j] and i - j <= longest and s[j:i] in words:
                dp[i] = True
                break
    return dp[n]
