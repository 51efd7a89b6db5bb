# Algorithm R with j = randrange(i) instead of randrange(i + 1) (0-based i): later values replace with probability k / i, too often.
import random


def reservoir_sample(streams, k, seed):
    rng = random.Random(seed)
    samples = []
    for stream in streams:
        if k <= 0:
            samples.append([])
            continue
        res = []
        for i, x in enumerate(stream):
            if i < k:
                res.append(x)
            else:
                j = rng.randrange(i)
                if j < k:
                    res[j] = x
        samples.append(res)
    return samples
