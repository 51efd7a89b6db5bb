# attack: flood stdout
# expect: output_limit_exceeded
# stages: cases
import sys
def two_sum(nums, target):
    while True:
        sys.stdout.write('y' * 65536 + '\n')
