# Normalises s and t to NFC first ("so é matches é"), then a correct counting window: O(len(s) + len(t)), but the answer must be a substring of the original s.
import unicodedata
from collections import Counter


def min_window(s, t):
    s = unicodedata.normalize("NFC", s)
    t = unicodedata.normalize("NFC", t)
    need = Counter(t)
    missing = len(t)
    left = 0
    best = None
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            if best is None or right - left + 1 < best[1] - best[0]:
                best = (left, right + 1)
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return "" if best is None else s[best[0]:best[1]]
