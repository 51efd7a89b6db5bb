# Deletes adjacent pairs "()", "[]", "{}" until nothing changes: correct, but O(n^2) on deep nesting against O(n).
def is_valid(s):
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
