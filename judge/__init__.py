"""The judge: load a package, run the candidate in a sandbox, measure, score, report.

The path of a submission is visible in the modules:
package -> backends (sandbox) -> stages (cases, properties, complexity) -> scoring -> report.
"""
