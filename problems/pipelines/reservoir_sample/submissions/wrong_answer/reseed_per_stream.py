# Correct Algorithm R, but creates random.Random(seed) afresh for every stream, so all streams of one length pick the same positions.
import random


def reservoir_sample(streams, k, seed):
    samples = []
    for stream in streams:
        rng = random.Random(seed)
        res = []
        for i, x in enumerate(stream):
            if i < k:
                res.append(x)
            else:
                j = rng.randint(0, i)
                if j < k:
                    res[j] = x
        samples.append(res)
    return samples
