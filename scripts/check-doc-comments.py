#!/usr/bin/env python3
"""Checks that every public symbol a module declares has a doc comment of its own.

Reads the symbol graphs that `swift build -Xswiftc -emit-symbol-graph` wrote for one module
(MODULE.symbols.json, and MODULE@OTHER.symbols.json for its extensions of other modules' types)
and lists each public or open symbol without a `///` comment written in that module.

Compiler-synthesized symbols are not the module's to document, and are skipped:
- members that a protocol extension supplies (their identifier has `::SYNTHESIZED::`), such as
  `!=` or `Collection`'s defaults;
- implicit declarations, which have no source location, such as a raw-value enum's
  `init(rawValue:)`.
A declaration written in the source that only inherits a protocol requirement's comment from
another module counts as undocumented.

Usage: check-doc-comments.py SYMBOL_GRAPH_DIR MODULE
Exits 1 if a symbol lacks a comment, 2 if the graphs are missing.
"""

import json
import sys
from pathlib import Path

VISIBLE = {"public", "open"}


def graph_files(directory: Path, module: str) -> list[Path]:
    """The module's own graph and its extension graphs."""
    own = directory / f"{module}.symbols.json"
    return ([own] if own.exists() else []) + sorted(directory.glob(f"{module}@*.symbols.json"))


def is_synthesized(symbol: dict) -> bool:
    """Whether the compiler made the symbol rather than the source declaring it."""
    return "::SYNTHESIZED::" in symbol["identifier"]["precise"] or "location" not in symbol


def has_own_comment(symbol: dict, module: str) -> bool:
    """Whether the symbol has a non-empty doc comment written in `module`."""
    comment = symbol.get("docComment")
    if not comment or comment.get("module", module) != module:
        return False
    return any(line["text"].strip() for line in comment.get("lines", []))


def where(symbol: dict) -> str:
    """`path:line` of the declaration (1-based line)."""
    location = symbol["location"]
    path = location["uri"].removeprefix("file://")
    try:
        path = str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        pass
    return f"{path}:{location['position']['line'] + 1}"


def main(arguments: list[str]) -> int:
    if len(arguments) != 2:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    directory, module = Path(arguments[0]), arguments[1]
    files = graph_files(directory, module)
    if not files:
        print(f"check-doc-comments: no {module}.symbols.json in {directory}", file=sys.stderr)
        return 2
    checked = synthesized = 0
    missing = []
    for file in files:
        for symbol in json.loads(file.read_text())["symbols"]:
            if symbol["accessLevel"] not in VISIBLE:
                continue
            if is_synthesized(symbol):
                synthesized += 1
                continue
            checked += 1
            if not has_own_comment(symbol, module):
                missing.append(symbol)
    for symbol in sorted(missing, key=lambda s: (s["location"]["uri"], s["location"]["position"]["line"])):
        name = ".".join(symbol["pathComponents"])
        print(f"{where(symbol)}: {symbol['kind']['displayName'].lower()} {name} has no doc comment")
    print(
        f"check-doc-comments: {module}: {checked} public symbols declared in the source, "
        f"{len(missing)} without a doc comment ({synthesized} compiler-synthesized skipped)"
    )
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
