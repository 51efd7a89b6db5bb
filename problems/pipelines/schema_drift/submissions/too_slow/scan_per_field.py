# Collects the field names first, then rescans every record of a batch for each field: correct, but O(F * records), quadratic when both grow.
JSON = {type(None): "null", bool: "bool", int: "int", float: "float", str: "str", list: "list", dict: "dict"}


def types_of(batch, field):
    return sorted({JSON[type(rec[field])] for rec in batch if field in rec})


def schema_drift(batch_a, batch_b):
    fields_a = {k for rec in batch_a for k in rec}
    fields_b = {k for rec in batch_b for k in rec}
    changed = {}
    for f in sorted(fields_a & fields_b):
        before, after = types_of(batch_a, f), types_of(batch_b, f)
        if before != after:
            changed[f] = {"before": before, "after": after}
    return {"added": sorted(fields_b - fields_a), "removed": sorted(fields_a - fields_b), "changed": changed}
