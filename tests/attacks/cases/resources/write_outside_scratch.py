# attack: write into every directory outside the scratch directory
# expect: wrong_answer
# stages: cases
# must-not-leak: WRITABLE
import os
def two_sum(nums, target):
    writable = []
    for d in ('/', '/opt', '/opt/practice', '/home', '/root', '/var/tmp', '/usr/lib', '/etc'):
        try:
            with open(os.path.join(d, 'pwned'), 'w') as f:
                f.write('x')
            writable.append(d)
        except OSError:
            pass
    return ['WRITABLE'] + writable if writable else [0, 0]
