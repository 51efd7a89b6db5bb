# attack: allocate until the memory limit
# expect: memory_limit_exceeded time_limit_exceeded
# stages: cases
def two_sum(nums, target):
    hog = []
    while True:
        hog.append(bytearray(10 ** 7))
