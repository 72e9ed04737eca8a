#!/usr/bin/env python3
"""Runs JSONTestSuite's test_parsing files through `response-codec canonicalize`.

    python3 scripts/json-test-suite.py [FOLDER] [--binary PATH] [--timeout SECONDS]

FOLDER defaults to ../shared/vectors/json-test-suite/test_parsing (relative to the repository);
when it is absent the script says so and exits 0. Without --binary it builds the CLI with
`swift build -c release --product response-codec` (the default .build, so CI reuses it).

Every n_ file must be rejected with a typed error; every y_ file accepted except the
exceptions of spec/hostile-input.md §2.1; every i_ file must have the outcome (and code) of
spec/hostile-input.md §2.2. A crash, a signal, a timeout or an untyped error is a deviation
for any file. Prints a table per prefix and exits 1 on any deviation.
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hostile-input.md"
DEFAULT_FOLDER = ROOT / ".." / "shared" / "vectors" / "json-test-suite" / "test_parsing"
CODES = {
    "syntax", "invalid_utf8", "invalid_unicode", "duplicate_key", "number_out_of_range",
    "depth_exceeded", "too_large",
}
ROW = re.compile(r"^\|\s*`([yni]_[^`]+\.json)`\s*\|\s*(accepted|rejected)\s*\|\s*`?([a-z_0-9]*)`?\s*\|(.*)\|\s*$")


def expectations():
    """File name -> (outcome, code) from the tables of spec/hostile-input.md."""
    table = {}
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            name, outcome, code, _reason = match.groups()
            if name in table:
                sys.exit(f"{SPEC}: {name} is listed twice")
            table[name] = (outcome, code or None)
    return table


def build():
    print("==> swift build -c release --product response-codec", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "response-codec"], cwd=ROOT, check=True)
    path = subprocess.run(
        ["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
        capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "response-codec")


def run(binary, path, timeout):
    """(outcome, code, detail) of canonicalize on one file; outcome 'crash' for anything untyped."""
    with open(path, "rb") as stdin:
        try:
            result = subprocess.run([binary, "canonicalize"], stdin=stdin, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return "crash", None, f"timeout after {timeout}s"
    stderr = result.stderr.decode("utf-8", "replace")
    if result.returncode == 0:
        return "accepted", None, ""
    if result.returncode == 1:
        match = re.match(r"error: ([a-z_0-9]+) at ", stderr)
        if match and match.group(1) in CODES:
            return "rejected", match.group(1), stderr.strip()[:160]
        return "crash", None, f"exit 1 without a typed error: {stderr[:160]!r}"
    return "crash", None, f"exit status {result.returncode}: {stderr[:160]!r}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--binary", help="a built response-codec (skips the build)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per file (default 10)")
    args = parser.parse_args()

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"JSONTestSuite folder {folder} is absent: skipped.")
        return 0
    files = sorted(p for p in folder.iterdir() if p.suffix == ".json")
    if not files:
        print(f"JSONTestSuite folder {folder} holds no .json file: skipped.")
        return 0
    table = expectations()
    binary = args.binary or build()

    deviations = []
    counts = {}
    for path in files:
        name = path.name
        prefix = name[:2]
        outcome, code, detail = run(binary, path, args.timeout)
        row = counts.setdefault(prefix, {"files": 0, "accepted": 0, "rejected": 0, "crash": 0})
        row["files"] += 1
        row[outcome] += 1
        expected = table.get(name)
        if outcome == "crash":
            deviations.append(f"{name}: {detail}")
        elif prefix == "n_":
            if outcome != "rejected":
                deviations.append(f"{name}: accepted, but every n_ file must be rejected")
        elif prefix == "y_" and expected is None:
            if outcome != "accepted":
                deviations.append(f"{name}: rejected ({detail}), but is not an exception of {SPEC.name} §2.1")
        elif expected is None:
            got = f"{outcome}" + (f" ({code})" if code else "")
            deviations.append(f"{name}: {got}, but {SPEC.name} §2.2 decides nothing for it")
        elif (outcome, code) != expected:
            want = f"{expected[0]}" + (f" ({expected[1]})" if expected[1] else "")
            got = f"{outcome}" + (f" ({code})" if code else "")
            deviations.append(f"{name}: {got}, but {SPEC.name} says {want}")
    present = {p.name for p in files}
    stale = sorted(name for name in table if name not in present)

    print(f"\nJSONTestSuite {folder.resolve()}: {len(files)} files")
    print(f"{'prefix':<8}{'files':>7}{'accepted':>10}{'rejected':>10}{'crashed':>9}")
    for prefix in sorted(counts):
        row = counts[prefix]
        print(f"{prefix:<8}{row['files']:>7}{row['accepted']:>10}{row['rejected']:>10}{row['crash']:>9}")
    exceptions = sorted(name for name, (outcome, _) in table.items() if name.startswith("y_") and outcome == "rejected")
    print(f"y_ exceptions (I-JSON, {SPEC.name} §2.1): {', '.join(exceptions) or 'none'}")
    if stale:
        print(f"note: {len(stale)} file(s) decided in {SPEC.name} are not in this folder: {', '.join(stale[:3])}"
              + (", ..." if len(stale) > 3 else ""))
    if deviations:
        print(f"\n{len(deviations)} deviation(s):")
        for line in deviations:
            print(f"  {line}")
        return 1
    print("no deviation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
