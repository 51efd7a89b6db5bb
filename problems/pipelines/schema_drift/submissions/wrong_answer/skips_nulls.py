# Skips None values while building the schema ("no type"), so "null" never appears and a field that is only ever null is missing.
JSON = {bool: "bool", int: "int", float: "float", str: "str", list: "list", dict: "dict"}


def schema_drift(batch_a, batch_b):
    a, b = {}, {}
    for batch, s in ((batch_a, a), (batch_b, b)):
        for rec in batch:
            for k, v in rec.items():
                if v is not None:
                    s.setdefault(k, set()).add(JSON[type(v)])
    return {
        "added": sorted(k for k in b if k not in a),
        "removed": sorted(k for k in a if k not in b),
        "changed": {k: {"before": sorted(a[k]), "after": sorted(b[k])} for k in a if k in b and a[k] != b[k]},
    }
