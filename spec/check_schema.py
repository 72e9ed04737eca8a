#!/usr/bin/env python3
"""Checks spec/response.schema.json and spec/task-output.schema.json against the golden corpus.

1. The schemas are valid JSON Schema draft 2020-12 schemas.
2. Every valid case's golden file validates against the response schema, and every task output
   case's golden file against the task output schema.
3. Every invalid `decode` case (response schema) and `decode_task_output` case (task output
   schema) whose fault is a rule about the document's data (type, presence, kind, result, value
   range) fails validation.
4. Every other invalid case is "not expressible": a schema sees parsed data, not bytes, so
   grammar, encoding, duplicate names, number literal rules, limits, canonical form and the
   unknown-members option are beyond it. They are classified by the rules below, each with its
   reason, and counted in the summary; none is skipped silently.

Golden files are read relative to the repository root (this script's parent directory); a
missing file is an error (they are written by `swift run response-codec update-golden`).

Usage: python3 spec/check_schema.py [--verbose]
Exit status: 0 when everything matches, 1 on any mismatch or missing file, 2 on a setup error.
Needs the `jsonschema` package (pip install jsonschema).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

try:
    from jsonschema import Draft202012Validator, validators
    from jsonschema.exceptions import SchemaError
except ImportError:  # pragma: no cover - setup error
    sys.exit("check_schema: the jsonschema package is required (pip install jsonschema)")

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "spec" / "response.schema.json"
TASK_OUTPUT_SCHEMA = ROOT / "spec" / "task-output.schema.json"
GOLDEN = ROOT / "golden"
MANIFEST = GOLDEN / "manifest.json"

# The nine members of a response (spec/response-format.md §2.1) and the five of a task output
# (spec/task-output.md §2); any other name is unknown.
KNOWN_MEMBERS = frozenset(
    {"kind", "result", "countdown", "output", "http_status", "headers", "body", "transformed_row", "transformed_row_styles"}
)
TASK_OUTPUT_MEMBERS = frozenset({"countdown", "data", "message", "result", "runtime"})

# Fault codes of the response rules a schema states: types, required members, allowed members,
# the kind and result enums, and the value bounds.
EXPRESSIBLE_CODES = frozenset(
    {"type_mismatch", "missing_field", "unexpected_field", "unknown_kind", "unknown_result", "invalid_value"}
)

# Fault codes a schema cannot state, with the reason (the label is used in the summary).
LIMITS = ("limits", "max_depth, max_document_bytes and max_string_bytes are decoder options, not data")
NOT_EXPRESSIBLE_CODES: dict[str, tuple[str, str]] = {
    "syntax": ("grammar", "RFC 8259 syntax is below the parsed data a schema validates"),
    "invalid_utf8": ("utf-8", "UTF-8 well-formedness and the byte order mark are byte rules"),
    "invalid_unicode": ("lone surrogates", "lone surrogate escapes are a rule on string literals"),
    "duplicate_key": (
        "duplicate names",
        "parsed data has unique names; Python's json keeps the last duplicate",
    ),
    "depth_exceeded": LIMITS,
    "too_large": LIMITS,
    "not_canonical": ("canonical form", "canonical form is a property of the bytes, not of the data"),
}

# Operations other than decode check what a schema cannot.
NOT_EXPRESSIBLE_CHECKS: dict[str, tuple[str, str]] = {
    "verify": ("canonical form", "verify judges the bytes against the canonical form"),
    "canonicalize": ("canonicalize", "canonicalize parses any JSON text; no response rule applies"),
}

# number_out_of_range is expressible only as the countdown's maximum (2^53-1); elsewhere it is a
# rule on the literal (§5.4: 1e400, 1e-400, 9007199254740993) that parsing has already applied.
NUMBER_LITERAL = ("number literals", "rules (a)-(c) of §5.4 judge the literal; a schema sees the parsed value")

# The unknown_members: ignore option: a schema states the default policy (reject), so a fault
# that the option would excuse cannot be expressed.
IGNORE_OPTION = ("ignore option", "a schema states the default unknown-members policy, reject")

# Individual cases that the rules above classify wrongly, with the reason. None at present.
NOT_EXPRESSIBLE_IDS: dict[str, tuple[str, str]] = {}


def not_expressible(case: dict[str, Any]) -> tuple[str, str] | None:
    """The (label, reason) why a schema cannot express the case's fault, or None if it can."""
    if case["id"] in NOT_EXPRESSIBLE_IDS:
        return NOT_EXPRESSIBLE_IDS[case["id"]]
    check = case.get("check", "decode")
    if check in NOT_EXPRESSIBLE_CHECKS:
        return NOT_EXPRESSIBLE_CHECKS[check]
    code = case["code"]
    if code in NOT_EXPRESSIBLE_CODES:
        return NOT_EXPRESSIBLE_CODES[code]
    if code == "number_out_of_range":
        return None if case["pointer"] == "/countdown" else NUMBER_LITERAL
    if code == "unexpected_field" and case.get("unknown_members") == "ignore":
        name = case["pointer"][1:].replace("~1", "/").replace("~0", "~")
        known = TASK_OUTPUT_MEMBERS if check == "decode_task_output" else KNOWN_MEMBERS
        return None if name in known else IGNORE_OPTION
    if code in EXPRESSIBLE_CODES:
        return None
    return ("unclassified", f"no rule classifies the code {code!r}; add one to check_schema.py")


def strict_json(data: bytes) -> Any:
    """Parses a golden file: UTF-8, no NaN or Infinity, no duplicate names."""

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        names = [name for name, _ in pairs]
        if len(set(names)) != len(names):
            raise ValueError("duplicate member name")
        return dict(pairs)

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(data.decode("utf-8"), object_pairs_hook=unique, parse_constant=constant)


def load_validator(path: Path) -> Draft202012Validator | None:
    """A validator for the schema at ``path``, or None (after printing why) if it is not a
    valid draft 2020-12 schema."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    if validators.validator_for(schema) is not Draft202012Validator:
        print(f"{path.relative_to(ROOT)}: $schema is not draft 2020-12")
        return None
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        print(f"{path.relative_to(ROOT)}: not a valid draft 2020-12 schema: {error.message}")
        return None
    return Draft202012Validator(schema)


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    validator = load_validator(SCHEMA)
    task_output_validator = load_validator(TASK_OUTPUT_SCHEMA)
    if validator is None or task_output_validator is None:
        return 1
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))

    problems: list[str] = []
    missing = 0

    def read(case_id: str, file: str) -> bytes | None:
        nonlocal missing
        path = GOLDEN / file
        if not path.is_file():
            missing += 1
            problems.append(
                f"{case_id}: missing golden file {path.relative_to(ROOT)} "
                "(write it with `swift run response-codec update-golden`)"
            )
            return None
        return path.read_bytes()

    accepted = 0
    produced = [(case, task_output_validator) for case in manifest.get("task_outputs", []) if "file" in case]
    for case, case_validator in [(case, validator) for case in manifest["valid"]] + produced:
        data = read(case["id"], case["file"])
        if data is None:
            continue
        try:
            document = strict_json(data)
        except ValueError as error:
            problems.append(f"{case['id']}: the golden file is not strict JSON: {error}")
            continue
        errors = sorted(case_validator.iter_errors(document), key=lambda e: list(e.path))
        if errors:
            problems.append(f"{case['id']}: valid document rejected by the schema: {errors[0].message}")
        else:
            accepted += 1

    rejected = 0
    excluded: Counter[str] = Counter()
    reasons: dict[str, str] = {}
    excluded_ids: defaultdict[str, list[str]] = defaultdict(list)
    for case in manifest["invalid"]:
        data = read(case["id"], case["file"])
        if data is None:
            continue
        reason = not_expressible(case)
        if reason is not None:
            label, why = reason
            if label == "unclassified":
                problems.append(f"{case['id']}: {why}")
                continue
            excluded[label] += 1
            reasons[label] = why
            excluded_ids[label].append(case["id"])
            continue
        try:
            document = strict_json(data)
        except ValueError as error:
            problems.append(
                f"{case['id']}: expected a {case['code']} the schema expresses, but the file does not parse: {error}"
            )
            continue
        case_validator = task_output_validator if case.get("check") == "decode_task_output" else validator
        if case_validator.is_valid(document):
            problems.append(
                f"{case['id']}: invalid document ({case['code']} at {case['pointer']!r}) accepted by the schema"
            )
        else:
            rejected += 1

    for problem in problems:
        print(problem)
    if verbose:
        for label, ids in excluded_ids.items():
            print(f"not expressible, {label} ({reasons[label]}):")
            for case_id in ids:
                print(f"  {case_id}")
    details = ", ".join(f"{label} {count}" for label, count in excluded.items())
    print(f"schema: {accepted} valid accepted, {rejected} invalid rejected, "
          f"{sum(excluded.values())} not expressible ({details})")
    if missing:
        print(f"schema: {missing} golden file(s) missing")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
