# Gives every value an independent random key and keeps the k smallest keys with a bounded heap: O(total values * log k).
import heapq
import random


def reservoir_sample(streams, k, seed):
    rng = random.Random(seed)
    out = []
    for stream in streams:
        keyed = ((rng.random(), x) for x in stream)
        out.append([x for _, x in heapq.nsmallest(k, keyed)])
    return out
