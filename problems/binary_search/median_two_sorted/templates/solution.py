def find_median_sorted_arrays(nums1: list[int], nums2: list[int]) -> float:
    """Return the median of all the values of the two sorted lists together."""
    raise NotImplementedError
