# Bug: hand-written multiplicity checks copy the "two equal values" rule into the all-equal case, so two zeros give [0, 0, 0].
from collections import Counter


def three_sum(nums):
    count = Counter(nums)
    vals = sorted(count)
    out = []
    for i, a in enumerate(vals):
        for b in vals[i:]:
            c = -a - b
            if c < b:
                break
            if c not in count:
                continue
            if a == b == c:
                ok = count[a] >= 2
            elif a == b:
                ok = count[a] >= 2
            elif b == c:
                ok = count[b] >= 2
            else:
                ok = True
            if ok:
                out.append([a, b, c])
    return out
