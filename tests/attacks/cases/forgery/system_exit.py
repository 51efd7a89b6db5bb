# attack: raise SystemExit(0)
# expect: runtime_error
# stages: cases
def two_sum(nums, target):
    raise SystemExit(0)
