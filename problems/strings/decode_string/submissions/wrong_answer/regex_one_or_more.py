# Bug: expands innermost groups with the regex \d+\[([a-z]+)\], whose + never matches an empty group "2[]", which stays in the output.
import re

GROUP = re.compile(r"(\d+)\[([a-z]+)\]")


def decode_string(s):
    m = GROUP.search(s)
    while m:
        s = s[:m.start()] + m.group(2) * int(m.group(1)) + s[m.end():]
        m = GROUP.search(s)
    return s
