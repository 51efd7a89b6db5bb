# Algorithm R counting values from 1 but drawing randint(0, count) (count + 1 outcomes): replaces with probability k / (count + 1), too rarely.
import random


def reservoir_sample(streams, k, seed):
    rng = random.Random(seed)
    samples = []
    for stream in streams:
        res = []
        for count, x in enumerate(stream, start=1):
            if count <= k:
                res.append(x)
            else:
                j = rng.randint(0, count)
                if j < k:
                    res[j] = x
        samples.append(res)
    return samples
