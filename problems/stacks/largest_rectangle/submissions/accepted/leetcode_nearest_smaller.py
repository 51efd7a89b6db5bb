# LeetCode style: nearest smaller bar on each side with two monotonic-stack passes, then one width per bar: O(n).
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        left, right = [-1] * n, [n] * n
        stack = []
        for i in range(n):
            while stack and heights[stack[-1]] >= heights[i]:
                right[stack.pop()] = i
            left[i] = stack[-1] if stack else -1
            stack.append(i)
        return max((heights[i] * (right[i] - left[i] - 1) for i in range(n)), default=0)
