"""The one error type of the testee and RFC 6901 pointer helpers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class CodecError(Exception):
    """A rejection, reported on the protocol as ``{"ok":false,"code",...}``.

    ``offset`` is a byte offset into the input document, or ``None`` when the fault is not in
    input bytes (encode errors point into the call document instead).
    """

    code: str
    pointer: str
    offset: int | None
    reason: str

    def __str__(self) -> str:
        return f"{self.code} at {self.pointer!r} (offset {self.offset}): {self.reason}"


def escape_token(token: str) -> str:
    """Escapes one RFC 6901 reference token: ``~`` becomes ``~0`` and ``/`` becomes ``~1``."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(tokens: Iterable[str]) -> str:
    """The pointer string for unescaped reference tokens: ``["a/b", "0"]`` gives ``/a~1b/0``."""
    return "".join("/" + escape_token(token) for token in tokens)
