# attack: terminal escape sequences in printed output and in the returned value, meant to rewrite the reader's screen
# expect: wrong_answer
# stages: cases
def two_sum(nums, target):
    print('\x1b[2J\x1b[H\x1b]0;owned\x07\x1b[31mACCEPTED\x1b[0m\r\x08\x08')
    return ['\x1b[2J\x1b[1;1H\x1b[32m all tests passed \x1b[0m', '\x07\r']
