# The standard library's random.sample on each stream (uniform over k-subsets of positions): O(total values).
import random


def reservoir_sample(streams, k, seed):
    rng = random.Random(seed)
    return [rng.sample(stream, min(k, len(stream))) for stream in streams]
