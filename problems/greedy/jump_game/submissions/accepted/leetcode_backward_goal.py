# LeetCode style: walk backwards moving the goal to any index that can jump to it; reachable iff the goal ends at 0: O(n).
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        goal = len(nums) - 1
        for i in range(len(nums) - 2, -1, -1):
            if i + nums[i] >= goal:
                goal = i
        return goal == 0
