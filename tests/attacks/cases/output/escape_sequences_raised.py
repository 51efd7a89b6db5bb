# attack: escape sequences in an exception message
# expect: runtime_error
# stages: cases
def two_sum(nums, target):
    raise ValueError('\x1b[2J\x1b[H\x1b[32mverdict: accepted\x1b[0m\x1b]8;;http://evil/\x07link\x1b]8;;\x07')
