# attack: NaN and infinity
# expect: wrong_answer
# stages: cases
def two_sum(nums, target):
    return [float('nan'), float('inf')]
