#!/usr/bin/env python3
"""Issue #15's instruction budget, and issue #17's cost per byte, measured with callgrind.

    python3 scripts/instruction-budget.py [--report-only] [--docs DIR] [--json FILE]
                                          [--scratch-path PATH] [--jobs N] [-- SWIFT BUILD FLAGS]
    python3 scripts/instruction-budget.py --per-byte [--sizes 1024,65536] [--json FILE] ...

Builds the bench in release (`swift build -c release --product response-codec-bench`, with any
flags after `--`, e.g. `-- -Xswiftc -DFLAG`, which then build into their own
scratch path .build-budget-HASH unless --scratch-path says otherwise), then counts instructions
with `valgrind --tool=callgrind` through the bench's `--profile ResponseCodec.OPERATION DOC COUNT`.
An operation's marginal instructions are (Ir at count N2 - Ir at count N1) / (N2 - N1), so that
starting the process and preparing the document cancel out. Counts are repeatable to a few
instructions per operation, unlike the wall clock.

Budget (the default): every row of scripts/instruction-budget.json (documents a to d of
../shared/bench/docs, found upward from the checkout, or --docs DIR; N1/N2 1000/3000 for a and
b, 200/600 for c, 5/15 for d) beside its budget and the change in percent. Exits 1 if a row is
more than 3% above its budget, unless --report-only.

--per-byte: marginal instructions per byte on the records documents of the bench's scaling
series (1 KiB, 64 KiB, 1 MiB and 16 MiB, built by the bench itself) for encode, decode and
canonicalize, and each operation's spread (largest / smallest), which issue #17 wants within
1.2x. Exits 1 if a spread is above it, unless --report-only. `--json FILE` writes the figures;
`response-codec-bench --instructions FILE` then judges the target in the bench's report. The
16 MiB rows take minutes under callgrind.

Needs valgrind (apt-get install valgrind). Takes about two minutes for the budget on 2 cores.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "instruction-budget.json"
OPERATIONS = ["encode", "decode", "canonicalize"]


def parse_arguments():
    parser = argparse.ArgumentParser(
        description="Marginal callgrind instructions per operation against issue #15's budget, "
        "or per byte across the scaling series (--per-byte).",
        epilog="Arguments after -- go to swift build (e.g. -- -Xswiftc -DFLAG).",
    )
    parser.add_argument("--report-only", action="store_true", help="print the table; always exit 0")
    parser.add_argument("--per-byte", action="store_true", help="instructions per byte of the scaling series")
    parser.add_argument("--sizes", help="with --per-byte: only these sizes in bytes, comma-separated")
    parser.add_argument("--docs", help="the documents a.json ... d.json (default: ../shared/bench/docs, "
                        "searched upward from the checkout)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    parser.add_argument("--scratch-path", help="swift build's scratch path")
    parser.add_argument("--binary", help="measure this bench binary instead of building one")
    parser.add_argument("--jobs", type=int, default=2, help="callgrind runs at once (default 2)")
    arguments, rest = parser.parse_known_args()
    if rest and rest[0] == "--":
        rest = rest[1:]
    elif rest:
        parser.error(f"unknown arguments {rest}; put swift build flags after --")
    arguments.build_flags = rest
    return arguments


def find_documents(explicit):
    if explicit:
        return Path(explicit)
    for folder in [ROOT, *ROOT.parents]:
        candidate = folder / "shared" / "bench" / "docs"
        if (candidate / "a.json").is_file():
            return candidate
    sys.exit("no shared/bench/docs beside the checkout or above it: pass --docs DIR")


def build(arguments):
    """The bench binary: built in release with the extra flags, or --binary."""
    if arguments.binary:
        return Path(arguments.binary)
    command = ["swift", "build", "-c", "release", "--product", "response-codec-bench"]
    scratch = arguments.scratch_path
    if scratch is None and arguments.build_flags:
        digest = hashlib.sha1(" ".join(arguments.build_flags).encode()).hexdigest()[:8]
        scratch = str(ROOT / f".build-budget-{digest}")
    if scratch:
        command += ["--scratch-path", scratch]
    command += arguments.build_flags
    print("$ " + " ".join(command), file=sys.stderr, flush=True)
    subprocess.run(command, cwd=ROOT, check=True, stdout=sys.stderr)
    bin_path = subprocess.run(command + ["--show-bin-path"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    return Path(bin_path) / "response-codec-bench"


def instructions(binary, operation, document, count, docs, folder):
    """Callgrind's total instructions (Ir) of one `--profile` run."""
    output = Path(folder) / f"callgrind.{operation}.{document}.{count}.out"
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={output}",
               str(binary), "--profile", f"ResponseCodec.{operation}", str(document), str(count)]
    if docs:
        command += ["--docs", str(docs)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    for line in output.read_text().splitlines():
        if line.startswith("summary:") or line.startswith("totals:"):
            return int(line.split()[1])
    raise RuntimeError(f"no summary in {output}")


def marginal(binary, jobs, measurements, docs):
    """Marginal instructions per operation of each (operation, document, n1, n2)."""
    with tempfile.TemporaryDirectory(prefix="instruction-budget-") as folder, \
            concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        runs = {}
        for operation, document, n1, n2 in measurements:
            for count in (n1, n2):
                runs[(operation, document, count)] = pool.submit(
                    instructions, binary, operation, document, count, docs, folder)
        results = []
        for operation, document, n1, n2 in measurements:
            low = runs[(operation, document, n1)].result()
            high = runs[(operation, document, n2)].result()
            results.append((high - low) / (n2 - n1))
            print(f"  measured {operation} {document}", file=sys.stderr, flush=True)
        return results


def size_label(size):
    return f"{size >> 20} MiB" if size >= 1 << 20 else f"{size >> 10} KiB"


def budget(arguments, data, binary):
    docs = find_documents(arguments.docs)
    tolerance = data["tolerance_percent"]
    measurements = [(operation, row["document"], *row["counts"])
                    for row in data["rows"] for operation in OPERATIONS if operation in row]
    figures = marginal(binary, arguments.jobs, measurements, docs)
    print(f"Marginal instructions per operation (callgrind Ir, (Ir(N2) - Ir(N1)) / (N2 - N1)), "
          f"documents from {docs}; budget: {data['source']}, at most +{tolerance}%.\n")
    print(f"{'doc':<5}{'operation':<14}{'N1/N2':>11}{'budget':>12}{'measured':>14}{'change':>10}  verdict")
    rows, over = [], False
    for (operation, document, n1, n2), measured in zip(measurements, figures):
        limit = next(row[operation] for row in data["rows"] if row["document"] == document)
        change = (measured - limit) / limit * 100
        within = change <= tolerance
        over |= not within
        print(f"{document:<5}{operation:<14}{f'{n1}/{n2}':>11}{limit:>12,}{measured:>14,.1f}"
              f"{change:>+9.2f}%  {'ok' if within else 'OVER BUDGET'}")
        rows.append({"document": document, "operation": operation, "n1": n1, "n2": n2,
                     "budget": limit, "instructions": measured, "change_percent": round(change, 3)})
    return {"per_operation": rows}, over


def per_byte(arguments, data, binary):
    settings = data["per_byte"]
    counts = {int(size): pair for size, pair in settings["counts"].items()}
    sizes = sorted(counts)
    if arguments.sizes:
        sizes = [int(size) for size in arguments.sizes.split(",")]
        unknown = [size for size in sizes if size not in counts]
        if unknown:
            sys.exit(f"no counts for sizes {unknown} in {DATA}; the series is {sorted(counts)}")
    measurements = [(operation, size, *counts[size]) for operation in OPERATIONS for size in sizes]
    figures = marginal(binary, arguments.jobs, measurements, None)
    per_size = {(operation, size): figure / size
                for (operation, size, _, _), figure in zip(measurements, figures)}
    target = settings["target"]
    print("Marginal instructions per byte (callgrind Ir per operation / document bytes) on the "
          f"scaling series' records documents; target: spread at most {target}x.\n")
    print(f"{'operation':<14}" + "".join(f"{size_label(size):>11}" for size in sizes)
          + f"{'spread':>9}  verdict")
    rows, missed = [], False
    for operation in OPERATIONS:
        values = [per_size[(operation, size)] for size in sizes]
        spread = max(values) / min(values)
        met = spread <= target
        missed |= not met
        print(f"{operation:<14}" + "".join(f"{value:>11.2f}" for value in values)
              + f"{spread:>8.2f}x  {'met' if met else 'NOT met'}")
        rows += [{"operation": operation, "bytes": size, "n1": counts[size][0], "n2": counts[size][1],
                  "instructions_per_byte": round(per_size[(operation, size)], 4)} for size in sizes]
    return {"per_byte": rows}, missed


def main():
    arguments = parse_arguments()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    data = json.loads(DATA.read_text())
    binary = build(arguments)
    # The commit of the checkout the binary was built in: this one, or --binary's own (a
    # binary outside any checkout is "unknown"; one rebuilt since is the caller's to know).
    checkout = Path(arguments.binary).resolve().parent if arguments.binary else ROOT
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=checkout,
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=checkout,
                           capture_output=True, text=True).stdout.strip()
    if commit and dirty:
        commit += " with uncommitted changes"
    report, failed = (per_byte if arguments.per_byte else budget)(arguments, data, binary)
    print(f"\nBuild: release, commit {commit or 'unknown'}"
          + (f", flags {' '.join(arguments.build_flags)}" if arguments.build_flags else "")
          + (f", binary {arguments.binary}" if arguments.binary else ""))
    if arguments.json:
        report.update({"tool": "valgrind --tool=callgrind", "commit": commit,
                       "build_flags": arguments.build_flags})
        Path(arguments.json).write_text(json.dumps(report, indent=2) + "\n")
    if failed and not arguments.report_only:
        sys.exit(1)


if __name__ == "__main__":
    main()
