# Algorithm R: keep the first k values, then value i (0-based) replaces a random slot with probability k / (i + 1): O(total values), O(k) extra.
import random


def reservoir_sample(streams, k, seed):
    rng = random.Random(seed)
    samples = []
    for stream in streams:
        res = []
        for i, x in enumerate(stream):
            if len(res) < k:
                res.append(x)
            else:
                j = rng.randrange(i + 1)
                if j < k:
                    res[j] = x
        samples.append(res)
    return samples
