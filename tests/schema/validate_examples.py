#!/usr/bin/env python3
"""Validates the example designs against resources/schema/spokewise-design.schema.json.

Usage: validate_examples.py SCHEMA EXAMPLES_DIR EXAMPLE...

Checks that the schema is a valid draft 2020-12 schema, that every listed example conforms to it,
that every *.spokewise.json under EXAMPLES_DIR is listed (so a new example cannot escape the test),
and that the schema still rejects typical mistakes (it would be worthless if it accepted anything).
Exits 77 (reported by ctest as "skipped") when the jsonschema module is not installed.
"""
import copy
import json
import pathlib
import sys

SKIP = 77

try:
    import jsonschema
except ImportError:
    print("SKIPPED: the Python module jsonschema is not installed "
          "(Debian: apt-get install python3-jsonschema)")
    sys.exit(SKIP)


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# Mistakes the schema must catch: (what, mutation of a copy of the hub-and-spoke example).
def _resource(design, kind):
    return next(r for r in design["resources"] if r["kind"] == kind)


def _set(path_fn, key, value):
    def mutate(design):
        path_fn(design)[key] = value
    return mutate


def _delete(path_fn, key):
    def mutate(design):
        del path_fn(design)[key]
    return mutate


MISTAKES = [
    ("unknown top-level key", _set(lambda d: d, "schemaversion", 1)),
    ("newer schemaVersion", _set(lambda d: d, "schemaVersion", 2)),
    ("missing resources", _delete(lambda d: d, "resources")),
    ("unknown kind", _set(lambda d: d["resources"][0], "kind", "virtualNetworks")),
    ("unknown resource key", _set(lambda d: d["resources"][0], "note", "typo")),
    ("unknown property key", _set(lambda d: d["resources"][0]["properties"], "addressSpace", [])),
    ("empty display name", _set(lambda d: d["resources"][0], "name", "")),
    ("reserved id", _set(lambda d: d["resources"][0], "id", "internet")),
    ("id with a space", _set(lambda d: d["resources"][0], "id", "hub vnet")),
    ("prefix length 33", _set(lambda d: d["resources"][0]["properties"]["subnets"][0], "addressPrefix",
                              "10.0.0.0/33")),
    ("prefix without length", _set(lambda d: d["resources"][0]["properties"]["subnets"][0], "addressPrefix",
                                   "10.0.0.0")),
    ("IP with leading zero", _set(lambda d: _resource(d, "azureFirewall")["properties"], "privateIpAddress",
                                  "10.0.1.04")),
    ("firewall in a VNet without IP", _delete(lambda d: _resource(d, "azureFirewall")["properties"],
                                              "privateIpAddress")),
    ("client group on gateway and hub", _set(lambda d: _resource(d, "p2sClientGroup")["properties"],
                                             "virtualHub", "vhub")),
    ("client group without gateway", _delete(lambda d: _resource(d, "p2sClientGroup")["properties"],
                                             "vpnGateway")),
    ("zero users", _set(lambda d: _resource(d, "p2sClientGroup")["properties"], "users", 0)),
    ("clientOs spelled as Windows", _set(lambda d: _resource(d, "p2sClientGroup")["properties"], "clientOs",
                                         "Windows")),
    ("circuit bandwidth 300", _set(lambda d: _resource(d, "expressRouteCircuit")["properties"],
                                   "bandwidthInMbps", 300)),
    ("ErGwScale without scaleUnits", _set(lambda d: _resource(d, "expressRouteGateway")["properties"], "sku",
                                          "ErGwScale")),
    ("scaleUnits on a fixed SKU", _set(lambda d: _resource(d, "expressRouteGateway")["properties"],
                                       "scaleUnits", 2)),
    ("appliance route without IP", _delete(lambda d: _resource(d, "routeTable")["properties"]["routes"][0],
                                           "nextHopIpAddress")),
    ("peering with one side", lambda d: _resource(d, "virtualNetworkPeering")["properties"]["sides"].pop()),
    ("boolean as string", _set(lambda d: _resource(d, "virtualNetworkPeering")["properties"]["sides"][0],
                               "allowGatewayTransit", "true")),
    ("ASN 0", _set(lambda d: _resource(d, "onPremisesSite")["properties"], "bgpAsn", 0)),
    ("intent expectation misspelt", _set(lambda d: _resource(d, "intent")["properties"], "expectation",
                                         "mustreach")),
    ("layout box without y", _delete(lambda d: d["layout"]["elements"]["hub"], "y")),
    ("negative layout width", _set(lambda d: d["layout"]["elements"]["hub"], "width", -1)),
]


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    schema_path, examples_dir, examples = argv[1], pathlib.Path(argv[2]), argv[3:]
    schema = load(schema_path)
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"FAIL: {schema_path} is not a valid JSON Schema: {e.message}")
        return 1
    validator = validator_class(schema)
    failures = 0

    listed = {pathlib.Path(e).resolve() for e in examples}
    for found in sorted(examples_dir.rglob("*.spokewise.json")):
        if found.resolve() not in listed:
            print(f"FAIL: {found} is not listed in tests/schema/CMakeLists.txt")
            failures += 1

    for example in examples:
        errors = sorted(validator.iter_errors(load(example)), key=lambda e: list(e.absolute_path))
        for error in errors:
            print(f"FAIL: {example}: {json_path(error)}: {error.message}")
        failures += len(errors)
        if not errors:
            print(f"ok: {example}")

    hub = next((e for e in examples if e.endswith("hub-spoke-p2s-er.spokewise.json")), None)
    if hub is None:
        print("FAIL: the hub-and-spoke example is needed for the rejection checks")
        return 1
    base = load(hub)
    for what, mutate in MISTAKES:
        design = copy.deepcopy(base)
        mutate(design)
        if validator.is_valid(design):
            print(f"FAIL: the schema accepts a design with: {what}")
            failures += 1
        else:
            print(f"ok: rejects {what}")

    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
