# Tries both choices at every house by plain recursion, no memo: correct, but O(phi^n), exponential against O(n).
def rob(nums):
    def best(i):
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
