#!/usr/bin/env python3
"""Checks that the library's folders only use what the same or a lower layer declares.

The layers come from a JSON config (scripts/layers.json by default):

    {"root": "Sources/ResponseCodec",
     "layers": [["Errors"], ["JSON"], ["Parsing", "Canonical"], ...]}

`layers` is ordered bottom first; each layer is a list of folder names, the first path component
under `root`. Folders in the same layer may use each other. Every folder under `root` that holds
a .swift file must be named in the config; a file directly in `root` is an error too.

How it reads Swift (lexically, no compiler):
- Comments (`//`, nested `/* */`) and string literals (`"…"`, `\"\"\"…\"\"\"`, raw `#"…"#`) are
  blanked first; the code inside an interpolation `\\(…)` is kept. Regex literals are not
  recognised (the library has none).
- Declarations: every type, protocol, typealias, func, let and var at the top level of a file
  is declared in that file's folder. So is every member of an `extension` body (func, var, let,
  typealias, nested type), whichever folder the extended type lives in: `extension Array {
  func withUnsafeInput … }` in Parsing/ makes `withUnsafeInput` a Parsing name. Members of a
  type's own body go with the type and are not looked up on their own.
- Uses: a top-level name is used wherever its identifier appears, except after a `.` (other
  than `ResponseCodec.`) and where it is being declared; `extension Foo` uses Foo. An extension
  member is used at `.name` (`x.name`, `Type.name`, `.name`), and bare (`name`, implicit self)
  inside the body of a type or extension of the member's own type.

Heuristic for extension members, so that stdlib and common names don't produce noise. A member
name is only looked up when
  1. it is declared exactly once in the library: by extensions of one type in one folder only
     (overloads and `#if` variants there are fine), and not as a member of any type's own body,
     a protocol requirement, an enum case or a top-level name; and
  2. it is not in COMMON_NAMES below (stdlib member names and everyday words such as `count`,
     `value`, `encode`).
A bare use is looked up only if, in addition, no local, parameter or `for` variable anywhere in
the library has the name, and it is not an argument label (`name:` inside parentheses).
The check prefers missing a use to reporting a wrong one. It does not see types used only
through inference (`let x = f()` with f returning a higher layer's type is caught at f only if
f is a top-level or extension-member name), nor generic parameters or locals that shadow a
top-level name.

Usage: check-layers.py [--config FILE] [--root DIR] [--graph [text|mermaid]]
Without --graph: prints one line per upward use,
    FILE:LINE: error: FOLDER (layer N) uses NAME, declared in FILE:LINE, FOLDER (layer M): ...
and one per folder missing from the config, and exits 1 if there is any, else 0.
With --graph: prints which folders each folder uses (how many uses), the upward edges and the
two-way folder pairs, as text or as a Mermaid flowchart, and exits 0.
Exits 2 on a bad config or command line.
"""

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from swift_lexer import (  # noqa: E402  (the script directory is not a package)
    dotted_name,
    parameter_names,
    skip_group,
    strip_comments_and_strings,
    tokenize,
)

DEFAULT_CONFIG = Path(__file__).resolve().parent / "layers.json"

# Extension-member names never resolved: stdlib members and words that many types use.
COMMON_NAMES = frozenset(
    """
    allCases append bytes capacity code contains count data debugDescription decode description
    encode end endIndex error filter first forEach hash hashValue index init isEmpty key
    keys kind last makeIterator map name next offset pointer rawValue read reduce removeAll
    reserveCapacity reset result size sorted start startIndex string subscript text type utf8
    value values withUnsafeBufferPointer withUnsafeBytes withUnsafeMutableBufferPointer
    withUnsafeMutableBytes write
    """.split()
)

TYPE_KEYWORDS = {"struct", "class", "enum", "protocol", "actor"}
DECL_KEYWORDS = TYPE_KEYWORDS | {"typealias", "func", "let", "var", "associatedtype", "case"}
MODIFIERS = {"init", "subscript", "static", "final", "override", "private", "fileprivate", "internal"}


@dataclass
class Declaration:
    name: str
    folder: str
    path: str
    line: int
    owner: str | None = None  # the extended type, for extension members


@dataclass
class Use:
    path: str
    line: int
    folder: str
    name: str
    declarations: list


@dataclass
class SourceFile:
    path: str  # relative to the working directory or root, for messages
    folder: str
    tokens: list
    contexts: list = field(default_factory=list)  # owner of the top-level body per token


def shown_path(path: Path, base: Path) -> str:
    """`path` relative to `base` if it is under it, for messages."""
    try:
        return str(path.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(path)


class Library:
    """The declarations of all files under the root, and their uses."""

    def __init__(self, root: Path, display_base: Path):
        self.root = root
        self.files = []
        self.top_level = defaultdict(list)  # name -> [Declaration]
        self.members = defaultdict(list)  # name -> [Declaration], extension members
        self.member_count = defaultdict(int)  # name -> declarations in type and extension bodies
        self.local_count = defaultdict(int)  # name -> locals, parameters and `for` variables
        self.loose_files = []  # .swift files directly in the root
        self.shown_root = shown_path(root, display_base)
        for path in sorted(root.rglob("*.swift")):
            relative = path.relative_to(root)
            shown = shown_path(path, display_base)
            if len(relative.parts) == 1:
                self.loose_files.append(shown)
                continue
            tokens = tokenize(strip_comments_and_strings(path.read_text(encoding="utf-8")))
            file = SourceFile(shown, relative.parts[0], tokens)
            self.collect(file)
            self.files.append(file)

    @property
    def folders(self) -> set:
        return {file.folder for file in self.files}

    def collect(self, file: SourceFile) -> None:
        """Records the file's declarations and which top-level body each token is in."""
        tokens = file.tokens
        # One entry per open brace: (is a type or extension body, owner, is an extension).
        braces = []
        pending = None  # (owner, is an extension) of a type or extension waiting for its `{`
        for i, token in enumerate(tokens):
            outermost = braces[0] if braces else None
            file.contexts.append(outermost[1] if outermost and outermost[0] else None)
            text = token.text
            if text == "{":
                braces.append((True, *pending) if pending else (False, None, False))
                pending = None
                continue
            if text == "}":
                if braces:
                    braces.pop()
                continue
            if token.kind != "id" or (i and tokens[i - 1].text == "."):
                continue
            in_body = not braces or braces[-1][0]  # the top level, or a type or extension body
            if text == "extension" and not braces:
                pending = (dotted_name(tokens, i + 1)[0], True)
                continue
            if text == "for" and i + 1 < len(tokens) and tokens[i + 1].kind == "id":
                self.local_count[tokens[i + 1].text] += 1
                continue
            if text in {"func", "init", "subscript"}:
                for name in parameter_names(tokens, i + 2 if text == "func" else i + 1):
                    self.local_count[name] += 1
            if text not in DECL_KEYWORDS or i + 1 >= len(tokens) or tokens[i + 1].kind != "id":
                continue
            if tokens[i + 1].text in DECL_KEYWORDS | MODIFIERS:
                continue  # `class func`, `class var`: the keyword is a modifier here
            counts = self.member_count if in_body else self.local_count
            if text == "case":
                # An enum's `case a, b(x), c`: count each name (`case let x` comes via `let`).
                j = i + 1
                while j < len(tokens) and tokens[j].kind == "id" and tokens[j].text not in DECL_KEYWORDS:
                    counts[tokens[j].text] += 1
                    j = skip_group(tokens, j + 1)
                    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].kind == "id":
                        j += 1
                    else:
                        break
                continue
            name = tokens[i + 1].text
            counts[name] += 1
            declaration = Declaration(name, file.folder, file.path, tokens[i + 1].line)
            if not braces:
                self.top_level[name].append(declaration)
            elif in_body and braces[-1][2] and text != "associatedtype":
                declaration.owner = braces[-1][1]
                self.members[name].append(declaration)
            if text in TYPE_KEYWORDS:
                pending = (name, False)

    def member(self, name: str, bare: bool):
        """The extension member a use of `name` resolves to under the module docstring's
        heuristic, or None."""
        declarations = self.members.get(name)
        if not declarations or name in COMMON_NAMES or name in self.top_level:
            return None
        if len({(d.owner, d.folder) for d in declarations}) != 1:
            return None  # declared by more than one extension
        if self.member_count[name] != len(declarations):
            return None  # also a member of some type, a protocol requirement or an enum case
        if bare and self.local_count[name]:
            return None  # a local or a parameter somewhere has the name
        return declarations[0]

    def uses(self):
        """Every use of a library name from another folder than its declaration's."""
        for file in self.files:
            tokens = file.tokens
            parens = 0
            for i, token in enumerate(tokens):
                if token.text in "([":
                    parens += 1
                elif token.text in ")]":
                    parens -= 1
                if token.kind != "id":
                    continue
                name = token.text
                previous = tokens[i - 1].text if i else ""
                before_previous = tokens[i - 2].text if i > 1 else ""
                following = tokens[i + 1].text if i + 1 < len(tokens) else ""
                if previous in DECL_KEYWORDS:
                    continue  # a declaration, not a use
                declarations = []
                qualified = previous == "."
                if (not qualified or before_previous == "ResponseCodec") and name in self.top_level:
                    declarations = self.top_level[name]
                elif (member := self.member(name, bare=not qualified)) is not None:
                    implicit_self = (
                        not qualified
                        and file.contexts[i] is not None
                        and file.contexts[i] == member.owner
                        and not (parens > 0 and following == ":")
                    )
                    if qualified or implicit_self:
                        declarations = [member]
                if declarations and all(d.folder != file.folder for d in declarations):
                    yield Use(file.path, token.line, file.folder, name, declarations)


def config_error(message: str):
    print(f"check-layers: {message}", file=sys.stderr)
    raise SystemExit(2)


def load_config(path: Path) -> dict:
    """The config, checked: `layers` is a list of lists of folder names, each named once."""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        config_error(f"cannot read {path}: {error}")
    layers = config.get("layers") if isinstance(config, dict) else None
    if not isinstance(layers, list) or not all(
        isinstance(layer, list) and all(isinstance(f, str) for f in layer) for layer in layers
    ):
        config_error(f"{path}: `layers` must be a list of lists of folder names")
    named = [f for layer in layers for f in layer]
    duplicates = sorted({f for f in named if named.count(f) > 1})
    if duplicates:
        config_error(f"{path}: in more than one layer: {', '.join(duplicates)}")
    return config


def layer_name(folder: str, layer_of: dict) -> str:
    """`Folder (layer N)`, counting from 1 at the bottom."""
    return f"{folder} (layer {layer_of[folder] + 1})" if folder in layer_of else f"{folder} (no layer)"


def print_graph(edges: dict, layer_of: dict, folders: set, style: str) -> None:
    """Which folders each folder uses, bottom layer first; upward edges marked."""
    rank = {f: layer_of.get(f, len(layer_of)) for f in folders | layer_of.keys()}
    order = sorted(rank, key=lambda f: (rank[f], f))
    pairs = {(a, b) for a, targets in edges.items() for b in targets}
    upward = {(a, b) for a, b in pairs if rank[b] > rank[a]}
    two_way = sorted({tuple(sorted(pair)) for pair in pairs if pair[::-1] in pairs})
    if style == "mermaid":
        node = {folder: re.sub(r"\W", "_", folder) for folder in order}
        print("flowchart BT")
        for folder in order:
            print(f'    {node[folder]}["{layer_name(folder, layer_of)}"]')
        links, upward_links = 0, []
        for a in order:
            for b in sorted(edges.get(a, {}), key=lambda f: (rank[f], f)):
                print(f"    {node[a]} -->|{edges[a][b]}| {node[b]}")
                if (a, b) in upward:
                    upward_links.append(str(links))
                links += 1
        if upward_links:
            print(f"    linkStyle {','.join(upward_links)} stroke:red,stroke-width:2px")
        return
    for folder in order:
        targets = edges.get(folder, {})
        listed = ", ".join(
            f"{b} ({targets[b]}){' UPWARD' if (folder, b) in upward else ''}"
            for b in sorted(targets, key=lambda f: (rank[f], f))
        )
        print(f"{layer_name(folder, layer_of)} -> {listed or '(nothing)'}")
    print(f"\nupward edges: {len(upward)}")
    for a, b in sorted(upward, key=lambda e: (rank[e[0]], e)):
        print(f"  {a} -> {b} (uses: {edges[a][b]})")
    print(f"two-way folder pairs: {len(two_way)}")
    for a, b in two_way:
        print(f"  {a} <-> {b}")


def main(arguments: list) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="the layers (default: %(default)s)")
    parser.add_argument("--root", type=Path, help="the library (default: the config's root, in the repository)")
    parser.add_argument(
        "--graph", nargs="?", const="text", choices=["text", "mermaid"], help="print the folder graph and exit 0"
    )
    options = parser.parse_args(arguments)

    config = load_config(options.config)
    repository = Path(__file__).resolve().parent.parent
    root = options.root or repository / config.get("root", "Sources/ResponseCodec")
    if not root.is_dir():
        print(f"check-layers: no folder {root}", file=sys.stderr)
        return 2
    layer_of = {folder: index for index, layer in enumerate(config["layers"]) for folder in layer}
    library = Library(root, repository if options.root is None else Path.cwd())

    edges = defaultdict(lambda: defaultdict(int))
    violations = {}  # (path, line, name) -> (use, declaration)
    for use in library.uses():
        for folder in {d.folder for d in use.declarations}:
            edges[use.folder][folder] += 1
        known = [d for d in use.declarations if d.folder in layer_of]
        if use.folder not in layer_of or not known:
            continue  # reported as a folder missing from the config
        lowest = min(known, key=lambda d: layer_of[d.folder])
        if layer_of[lowest.folder] > layer_of[use.folder]:
            violations.setdefault((use.path, use.line, use.name), (use, lowest))

    if options.graph:
        print_graph(edges, layer_of, library.folders, options.graph)
        return 0

    errors = 0
    for path in library.loose_files:
        print(f"{path}: error: not in a folder, so in no layer of {options.config}")
        errors += 1
    for folder in sorted(library.folders - layer_of.keys()):
        print(f"{library.shown_root}/{folder}/: error: folder is not named in {options.config}")
        errors += 1
    for folder in sorted(layer_of.keys() - library.folders):
        print(f"check-layers: note: {options.config} names {folder}, which has no Swift file", file=sys.stderr)
    for use, declaration in violations.values():
        what = f"{declaration.owner}.{use.name}" if declaration.owner else use.name
        print(
            f"{use.path}:{use.line}: error: {layer_name(use.folder, layer_of)} uses {what}, declared in "
            f"{declaration.path}:{declaration.line}, {layer_name(declaration.folder, layer_of)}: a higher layer"
        )
        errors += 1
    if errors:
        print(f"check-layers: {errors} error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
