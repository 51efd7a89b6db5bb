# Tries speeds 1, 2, 3, ... and returns the first that finishes in time (stopping each count once it passes h): correct, but O(n * answer) against O(n log max).
def min_eating_speed(piles, h):
    k = 1
    while True:
        hours = 0
        for p in piles:
            hours += (p + k - 1) // k
            if hours > h:
                break
        else:
            return k
        k += 1
