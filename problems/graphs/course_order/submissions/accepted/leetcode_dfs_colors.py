# LeetCode style: iterative three-colour DFS, post-order gives the order, a grey node seen again is a cycle: O(V + E).
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        needs = defaultdict(list)
        for course, pre in prerequisites:
            needs[course].append(pre)
        WHITE, GREY, BLACK = 0, 1, 2
        color = [WHITE] * numCourses
        order = []
        for start in range(numCourses):
            if color[start] != WHITE:
                continue
            color[start] = GREY
            stack = [(start, iter(needs[start]))]
            while stack:
                node, it = stack[-1]
                for pre in it:
                    if color[pre] == GREY:
                        return []
                    if color[pre] == WHITE:
                        color[pre] = GREY
                        stack.append((pre, iter(needs[pre])))
                        break
                else:
                    stack.pop()
                    color[node] = BLACK
                    order.append(node)
        return order
