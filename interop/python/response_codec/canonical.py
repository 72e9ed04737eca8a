"""RFC 8785 canonical bytes, without recursion.

``rfc8785.dumps`` (0.1.4) is recursive: a document nested a few hundred levels deeper than
Python's recursion limit would raise ``RecursionError``, and the decoder accepts up to
``max_depth`` levels (512 by default, more if a request raises the limit). So containers are
walked here with an explicit stack, and every scalar and member name is still serialized by
``rfc8785.dumps`` itself; members are ordered exactly as rfc8785 orders them (by the UTF-16BE
encoding of their names). For documents rfc8785 can handle the output is identical (the tests
check this).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import rfc8785


class CanonicalizationError(Exception):
    """rfc8785 refused a scalar; ``path`` holds the reference tokens of the refused value."""

    def __init__(self, path: list[str], cause: rfc8785.CanonicalizationError) -> None:
        super().__init__(str(cause))
        self.path = path
        self.cause = cause


def utf16_key(name: str) -> bytes:
    """The sort key RFC 8785 section 3.2.3 orders member names by (UTF-16 code units)."""
    return name.encode("utf-16be")


def sorted_names(names: Any) -> list[str]:
    """Member names in canonical order."""
    return sorted(names, key=utf16_key)


@dataclass
class _Frame:
    """One open container: the items still to write and the reference token of each."""

    items: list[tuple[str, Any]]
    is_object: bool
    index: int = 0
    tokens: list[str] = field(default_factory=list)


def canonical_bytes(value: Any) -> bytes:
    """The RFC 8785 serialization of ``value`` (dict / list / str / int / float / bool / None).

    Raises :class:`CanonicalizationError` with the path of the first scalar rfc8785 rejects
    (an int beyond +-(2^53-1), an infinite float, a lone surrogate).
    """
    out: list[bytes] = []
    path: list[str] = []
    stack: list[_Frame] = []
    pending: Any = value
    have_pending = True
    while True:
        if have_pending:
            have_pending = False
            if isinstance(pending, dict):
                names = sorted_names(pending.keys())
                out.append(b"{")
                stack.append(_Frame([(n, pending[n]) for n in names], True))
            elif isinstance(pending, (list, tuple)):
                out.append(b"[")
                stack.append(_Frame([(str(i), v) for i, v in enumerate(pending)], False))
            else:
                out.append(_scalar(pending, path))
                if path:
                    path.pop()
        if not stack:
            return b"".join(out)
        frame = stack[-1]
        if frame.index == len(frame.items):
            stack.pop()
            out.append(b"}" if frame.is_object else b"]")
            if path:
                path.pop()
            continue
        token, item = frame.items[frame.index]
        if frame.index:
            out.append(b",")
        frame.index += 1
        path.append(token)
        if frame.is_object:
            out.append(_scalar(token, path))
            out.append(b":")
        pending = item
        have_pending = True


def _scalar(value: Any, path: list[str]) -> bytes:
    try:
        return rfc8785.dumps(value)
    except rfc8785.CanonicalizationError as error:
        raise CanonicalizationError(list(path), error) from error
