import random


def reservoir_sample(streams, k, seed):
    """Algorithm R with one random.Random(seed) shared by all streams: keep the
    first k values; the value at 0-based position i >= k replaces a uniformly
    chosen slot with probability k / (i + 1). O(total values) time, O(k) extra
    space per stream."""
    rng = random.Random(seed)
    out = []
    for stream in streams:
        reservoir = []
        for i, x in enumerate(stream):
            if i < k:
                reservoir.append(x)
            else:
                j = rng.randint(0, i)
                if j < k:
                    reservoir[j] = x
        out.append(reservoir)
    return out
