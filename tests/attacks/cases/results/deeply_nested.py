# attack: a result nested 100000 levels deep
# expect: wrong_answer
# stages: cases
def two_sum(nums, target):
    x = []
    for _ in range(100000):
        x = [x]
    return x
