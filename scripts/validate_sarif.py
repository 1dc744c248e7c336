#!/usr/bin/env python3
"""Validates report-lsp's SARIF output.

1. Against the official SARIF 2.1.0 JSON schema with `jsonschema` (PyPI), when the schema is available:
   $SARIF_SCHEMA or Tests/Schemas/sarif-schema-2.1.0.json; without it, against the SARIF 2.1.0 object model
   of sarif-pydantic (PyPI).
2. Always, the contract code-scanning services rely on: every result's rule is in tool.driver.rules with help
   text, ruleIndex points at it, regions are 1-based, suppressions carry a justification, fingerprints are set.

Usage: validate_sarif.py FILE...
"""
import json
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_schema():
    candidates = [os.environ.get("SARIF_SCHEMA"), ROOT / "Tests/Schemas/sarif-schema-2.1.0.json"]
    for candidate in candidates:
        if candidate and pathlib.Path(candidate).is_file():
            return json.loads(pathlib.Path(candidate).read_text(encoding="utf-8"))
    return None


def check_models(log, name):
    """Validates against the SARIF 2.1.0 object model of sarif-pydantic (PyPI), when no schema file is at hand."""
    try:
        from sarif_pydantic import Sarif
    except ImportError:
        print("validate_sarif: neither the official schema nor sarif-pydantic is available; model step skipped",
              file=sys.stderr)
        return []
    try:
        Sarif.model_validate(log)
    except Exception as error:
        return [f"{name}: not a valid SARIF 2.1.0 log: {error}"]
    return []


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
                region = location["physicalLocation"].get("region")
                if region is None:
                    # A Word document: the paragraph or table cell instead of lines of converted text.
                    if not location.get("logicalLocations", [{}])[0].get("name"):
                        problems.append(f"{where}: neither a region nor a logical location")
                elif min(region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) < 1:
                    problems.append(f"{where}: region is not 1-based")
            for suppression in result.get("suppressions", []):
                if not suppression.get("justification"):
                    problems.append(f"{where}: suppression without justification")
            if not result.get("partialFingerprints"):
                problems.append(f"{where}: no partialFingerprints")
    return problems


def main(paths):
    schema = load_schema()
    failures = 0
    for path in paths:
        log = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        problems = check_contract(log, path)
        if schema is not None:
            import jsonschema
            validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
            problems += [f"{path}: schema: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                         for e in validator.iter_errors(log)]
        else:
            problems += check_models(log, path)
        for problem in problems:
            print(problem, file=sys.stderr)
        failures += bool(problems)
        print(f"validate_sarif: {path}: {'FAILED' if problems else 'ok'}"
              f"{' (official schema)' if schema is not None else ' (sarif-pydantic 2.1.0 model)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
