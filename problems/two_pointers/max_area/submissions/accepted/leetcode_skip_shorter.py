# LeetCode style: two pointers that skip every line no taller than the one just left behind: O(n).
class Solution:
    def maxArea(self, height: List[int]) -> int:
        l, r = 0, len(height) - 1
        ans = 0
        while l < r:
            h = min(height[l], height[r])
            ans = max(ans, h * (r - l))
            while l < r and height[l] <= h:
                l += 1
            while l < r and height[r] <= h:
                r -= 1
        return ans
