# attack: an int too large to encode
# expect: wrong_answer
# stages: cases
def two_sum(nums, target):
    return [10 ** 100000, 1]
