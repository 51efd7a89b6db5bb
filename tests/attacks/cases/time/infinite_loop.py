# attack: spin forever
# expect: time_limit_exceeded
# stages: cases
def two_sum(nums, target):
    while True:
        pass
