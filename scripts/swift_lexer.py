"""A lexical reader of Swift source for scripts/check-layers.py: no compiler, stdlib only.

strip_comments_and_strings blanks comments and string literals (keeping the code of string
interpolations), and tokenize splits what is left into identifier, number and punctuation
tokens with their line numbers. The helpers read declarations off a token list.
"""

import re
from dataclasses import dataclass

TOKEN = re.compile(r"(?P<num>\d[\w]*)|(?P<id>`[A-Za-z_]\w*`|[A-Za-z_]\w*)|(?P<punct>\S)")
STRING_OPEN = re.compile(r'(#*)("""|")')


@dataclass
class Token:
    kind: str  # "id", "num" or "punct"
    text: str
    line: int


def blank(text: str) -> str:
    """`text` with every character but newlines turned into a space."""
    return re.sub(r"[^\n]", " ", text)


def strip_comments_and_strings(source: str) -> str:
    """The source with comments and string literals blanked, interpolated code kept.

    Lengths and newlines are preserved, so offsets and line numbers stay valid.
    """
    out = []
    i, n = 0, len(source)
    parens = 0
    # Strings whose interpolation we are in: (hashes, multiline, paren depth at the `\\(`).
    stack = []
    string = None  # (hashes, multiline) while inside a string literal's text
    while i < n:
        if string is not None:
            hashes, multiline = string
            closer = ('"""' if multiline else '"') + "#" * hashes
            escape = "\\" + "#" * hashes
            if source.startswith(escape, i):
                j = i + len(escape)
                if source.startswith("(", j):
                    out.append(blank(source[i:j]) + "(")
                    stack.append((hashes, multiline, parens))
                    parens += 1
                    string = None
                    i = j + 1
                else:
                    out.append(blank(source[i : j + 1]))
                    i = j + 1
            elif source.startswith(closer, i):
                out.append(" " * len(closer))
                string = None
                i += len(closer)
            else:
                out.append(blank(source[i]))
                i += 1
            continue
        if source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif source.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if source.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif source.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(blank(source[i:j]))
            i = j
        elif source[i] in '#"' and (match := STRING_OPEN.match(source, i)):
            string = (len(match.group(1)), match.group(2) == '"""')
            out.append(" " * (match.end() - i))
            i = match.end()
        else:
            char = source[i]
            if char == "(":
                parens += 1
            elif char == ")":
                parens -= 1
                if stack and parens == stack[-1][2]:
                    hashes, multiline, _ = stack.pop()
                    string = (hashes, multiline)
            out.append(char)
            i += 1
    return "".join(out)


def tokenize(source: str) -> list:
    """Identifier, number and punctuation tokens of code with comments and strings blanked."""
    tokens = []
    line, last = 1, 0
    for match in TOKEN.finditer(source):
        line += source.count("\n", last, match.start())
        last = match.start()
        kind = match.lastgroup
        tokens.append(Token(kind, match.group().strip("`") if kind == "id" else match.group(), line))
    return tokens


def dotted_name(tokens: list, i: int) -> tuple:
    """The name `A.B.C` starting at token i, and the index after it."""
    parts = []
    while i < len(tokens) and tokens[i].kind == "id":
        parts.append(tokens[i].text)
        if i + 2 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 2].kind == "id":
            i += 2
        else:
            i += 1
            break
    return ".".join(parts), i


def parameter_names(tokens: list, i: int) -> list:
    """Labels and names in the parameter list whose `(` is at token i (generics skipped)."""
    if i < len(tokens) and tokens[i].text == "<":
        depth = 0
        while i < len(tokens):
            depth += {"<": 1, ">": -1}.get(tokens[i].text, 0)
            i += 1
            if depth == 0:
                break
    if i >= len(tokens) or tokens[i].text != "(":
        return []
    names, segment, depth = [], [], 0
    for token in tokens[i:]:
        if token.text in "([{":
            depth += 1
        elif token.text in ")]}":
            depth -= 1
            if depth == 0:
                break
        if depth == 1 and token.text == ",":
            segment = []
        elif depth == 1 and token.text == ":" and segment is not None:
            names += [t.text for t in segment if t.kind == "id"]
            segment = None
        elif depth == 1 and segment is not None and token.text != "(":
            segment.append(token)
    return names


def skip_group(tokens: list, i: int) -> int:
    """The index after the parenthesized group at token i, or i if there is none."""
    if i >= len(tokens) or tokens[i].text != "(":
        return i
    depth = 0
    while i < len(tokens):
        depth += {"(": 1, ")": -1}.get(tokens[i].text, 0)
        i += 1
        if depth == 0:
            break
    return i
