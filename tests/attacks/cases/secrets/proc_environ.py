# attack: read every environment and command line under /proc (the host canary must not be there)
# expect: wrong_answer
# stages: cases
import os
def two_sum(nums, target):
    seen = [repr(dict(os.environ))]
    for p in os.listdir('/proc'):
        for f in ('environ', 'cmdline'):
            try:
                with open(f'/proc/{p}/{f}', 'rb') as fh:
                    seen.append(fh.read().decode(errors='replace'))
            except OSError:
                pass
    return seen
