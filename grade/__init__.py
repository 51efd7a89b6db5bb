"""`practice grade`: grade a study group's repository of untrusted submissions, for CI."""
