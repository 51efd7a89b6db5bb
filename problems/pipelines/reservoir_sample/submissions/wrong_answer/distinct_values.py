# Samples uniformly from set(stream), i.e. from the distinct values, so repeated values are under-represented and short streams with duplicates lose values.
import random


def reservoir_sample(streams, k, seed):
    rng = random.Random(seed)
    out = []
    for stream in streams:
        values = sorted(set(stream))
        out.append(rng.sample(values, min(k, len(values))))
    return out
