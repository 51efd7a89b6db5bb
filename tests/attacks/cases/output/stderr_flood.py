# attack: flood stderr
# expect: output_limit_exceeded
# stages: cases
import sys
def two_sum(nums, target):
    while True:
        sys.stderr.write('n' * 65536 + '\n')
