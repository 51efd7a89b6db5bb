# defaultdict(set) keyed by field, type names from type(v).__name__ mapped to JSON names: O(total fields + F log F).
from collections import defaultdict

JSON = {"NoneType": "null", "bool": "bool", "int": "int", "float": "float", "str": "str", "list": "list", "dict": "dict"}


def schema_drift(batch_a, batch_b):
    schemas = []
    for batch in (batch_a, batch_b):
        s = defaultdict(set)
        for rec in batch:
            for k, v in rec.items():
                s[k].add(JSON[type(v).__name__])
        schemas.append(s)
    a, b = schemas
    return {
        "added": sorted(set(b) - set(a)),
        "removed": sorted(set(a) - set(b)),
        "changed": {f: {"before": sorted(a[f]), "after": sorted(b[f])} for f in set(a) & set(b) if a[f] != b[f]},
    }
