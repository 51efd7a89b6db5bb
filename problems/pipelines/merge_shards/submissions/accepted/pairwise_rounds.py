# Merges shards in pairs, round after round (like merge sort's upper levels): log k rounds of O(N) two-pointer merges, O(N log k).
def merge_two(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_shards(shards):
    level = [list(s) for s in shards]
    if not level:
        return []
    while len(level) > 1:
        level = [merge_two(level[i], level[i + 1]) if i + 1 < len(level) else level[i]
                 for i in range(0, len(level), 2)]
    return level[0]
