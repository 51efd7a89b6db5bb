# Recursive descent: parse(i) decodes until the matching ']' and returns where it stopped: O(m + n * d).
def decode_string(s):
    def parse(i):
        out = []
        k = 0
        while i < len(s) and s[i] != "]":
            c = s[i]
            if c.isdigit():
                k = k * 10 + int(c)
                i += 1
            elif c == "[":
                inner, i = parse(i + 1)
                out.append(inner * k)
                k = 0
                i += 1  # skip the ']'
            else:
                out.append(c)
                i += 1
        return "".join(out), i

    return parse(0)[0]
