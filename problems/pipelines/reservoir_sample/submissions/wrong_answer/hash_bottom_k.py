# Bottom-k sampling by hashing each value with the seed (as in distributed sampling): random-looking only when the values are, so identical streams always yield the same positions.
import heapq


def reservoir_sample(streams, k, seed):
    def key(x):
        return (x * 0x9E3779B1 + seed) % 4294967311
    return [heapq.nsmallest(k, stream, key=key) for stream in streams]
