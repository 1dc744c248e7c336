#!/usr/bin/env python3
"""Validates report-lsp's SARIF output.

1. Against the official SARIF 2.1.0 JSON schema with `jsonschema` (PyPI), when the schema is available:
   $SARIF_SCHEMA, Tests/Schemas/sarif-schema-2.1.0.json (vendored), or a download of the official file
   into .build/. Without it the schema step is skipped with a notice (REQUIRE_SARIF_SCHEMA=1 makes that fail).
2. Always, the contract code-scanning services rely on: every result's rule is in tool.driver.rules with help
   text, ruleIndex points at it, regions are 1-based, suppressions carry a justification, fingerprints are set.

Usage: validate_sarif.py FILE...
"""
import json
import os
import pathlib
import sys
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
OFFICIAL = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json"


def load_schema():
    candidates = [os.environ.get("SARIF_SCHEMA"), ROOT / "Tests/Schemas/sarif-schema-2.1.0.json",
                  ROOT / ".build/sarif-schema-2.1.0.json"]
    for candidate in candidates:
        if candidate and pathlib.Path(candidate).is_file():
            return json.loads(pathlib.Path(candidate).read_text(encoding="utf-8"))
    try:
        with urllib.request.urlopen(OFFICIAL, timeout=10) as response:
            data = response.read()
        cache = ROOT / ".build/sarif-schema-2.1.0.json"
        cache.parent.mkdir(exist_ok=True)
        cache.write_bytes(data)
        return json.loads(data)
    except Exception as error:  # offline: say so, the contract checks still run
        print(f"validate_sarif: official schema unavailable ({error}); schema step skipped", file=sys.stderr)
        return None


def check_contract(log, name):
    problems = []
    if log.get("version") != "2.1.0":
        problems.append("version is not 2.1.0")
    for run in log.get("runs", []):
        rules = run["tool"]["driver"].get("rules", [])
        ids = [rule["id"] for rule in rules]
        for rule in rules:
            if not rule.get("help", {}).get("text"):
                problems.append(f"rule {rule['id']} has no help text")
        for index, result in enumerate(run.get("results", [])):
            where = f"{name}: result {index}"
            rule_id = result.get("ruleId")
            if rule_id not in ids:
                problems.append(f"{where}: rule {rule_id} missing from tool.driver.rules")
            elif result.get("ruleIndex") != ids.index(rule_id):
                problems.append(f"{where}: ruleIndex does not point at {rule_id}")
            if result.get("level") not in ("error", "warning", "note", "none"):
                problems.append(f"{where}: bad level {result.get('level')}")
            for location in result.get("locations", []):
                region = location["physicalLocation"]["region"]
                if min(region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) < 1:
                    problems.append(f"{where}: region is not 1-based")
            for suppression in result.get("suppressions", []):
                if not suppression.get("justification"):
                    problems.append(f"{where}: suppression without justification")
            if not result.get("partialFingerprints"):
                problems.append(f"{where}: no partialFingerprints")
    return problems


def main(paths):
    schema = load_schema()
    if schema is None and os.environ.get("REQUIRE_SARIF_SCHEMA") == "1":
        print("validate_sarif: REQUIRE_SARIF_SCHEMA=1 but the schema is unavailable", file=sys.stderr)
        return 1
    failures = 0
    for path in paths:
        log = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        problems = check_contract(log, path)
        if schema is not None:
            import jsonschema
            validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
            problems += [f"{path}: schema: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                         for e in validator.iter_errors(log)]
        for problem in problems:
            print(problem, file=sys.stderr)
        failures += bool(problems)
        print(f"validate_sarif: {path}: {'FAILED' if problems else 'ok'}"
              f"{'' if schema is not None else ' (contract only)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
