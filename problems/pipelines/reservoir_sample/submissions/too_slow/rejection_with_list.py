# Draws random positions until k distinct ones are found, checking "p not in chosen" on a list: uniform, but O(k^2) per stream.
import random


def reservoir_sample(streams, k, seed):
    rng = random.Random(seed)
    out = []
    for stream in streams:
        want = min(k, len(stream))
        chosen = []
        while len(chosen) < want:
            p = rng.randrange(len(stream))
            if p not in chosen:
                chosen.append(p)
        out.append([stream[p] for p in chosen])
    return out
