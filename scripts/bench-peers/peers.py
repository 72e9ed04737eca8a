#!/usr/bin/env python3
"""The bench's Python peers: orjson and msgspec, timed on one document for `response-codec-bench
--peers`, one round at a time on request, so that their rounds alternate with the Swift rows'.

    python peers.py DOCUMENT.json

It first prints one JSON line: {"versions": {...}, "operations": [...], "notes": [...]}, the
operations being those that import and run on the document. Then it reads commands, one a line:

    warm OPERATION DURATION_NS MINIMUM_NS   runs OPERATION for DURATION_NS and answers how many
                                            operations a round of at least MINIMUM_NS runs
    round OPERATION MINIMUM_NS              runs one round and answers its ns per operation, or
                                            `short` when it was shorter than MINIMUM_NS (the round
                                            has been made longer: ask again)

The operations (issue #17):
    orjson.encode         orjson.dumps(value, option=OPT_SORT_KEYS)
    orjson.decode         orjson.loads(bytes)
    msgspec.encode        msgspec.json.Encoder(order="sorted").encode(value)
    msgspec.decode        msgspec.json.Decoder().decode(bytes)  (untyped: dicts and lists)
    msgspec-typed.decode  msgspec.json.Decoder(Response).decode(bytes), Response being the tagged
                          union below: the closest analog of WireFormat.decode

`value` is the document as Python objects (dicts, lists, str, int, float, bool, None), the same
for both encoders. Each operation is timed by a loop compiled for it, its names bound as locals,
so that no extra Python call sits between the loop and the library. The garbage collector stays
on, as it is in a service.
"""

import json
import platform
import sys
import time
from typing import Annotated, Any, Literal, Union


def typed_response():
    """The response as msgspec Structs: a union tagged by `kind`, one Struct per kind, each with
    the results and members spec/response.schema.json allows for that kind, its ranges as
    constraints, and unknown members rejected. What depends on the result as well as the kind
    (countdown only with reschedule, output not with success) is beyond a single tag and is not
    checked, so this does a little less than WireFormat.decode, never more."""
    import msgspec
    from msgspec import UNSET, Meta, Struct, UnsetType

    Countdown = Annotated[int, Meta(ge=30, le=2**53 - 1)]
    HttpStatus = Annotated[int, Meta(ge=100, le=599)]
    Cell = Union[str, int, float, bool, None]
    Styles = Annotated[dict[str, dict[str, Any]], Meta(min_length=1)]
    Output = Union[str, UnsetType]

    class Base(Struct, tag_field="kind", forbid_unknown_fields=True):
        pass

    class Background(Base, tag="background"):
        result: Literal["success", "reschedule", "skip", "fail"]
        countdown: Union[Countdown, UnsetType] = UNSET
        output: Output = UNSET

    class Interactive(Base, tag="interactive"):
        result: Literal["success", "fail"]
        http_status: HttpStatus
        headers: Union[dict[str, str], UnsetType] = UNSET
        body: Any = UNSET
        output: Output = UNSET

    class Scheduled(Base, tag="scheduled"):
        result: Literal["success", "fail"]
        output: Output = UNSET

    class Transformation(Base, tag="transformation"):
        result: Literal["success", "fail", "skip"]
        output: Output = UNSET

    class RowTransformation(Base, tag="row_transformation"):
        result: Literal["success", "skip", "delete"]
        transformed_row: Union[dict[str, Cell], UnsetType] = UNSET
        transformed_row_styles: Union[Styles, UnsetType] = UNSET

    return msgspec.json.Decoder(
        Union[Background, Interactive, Scheduled, Transformation, RowTransformation]
    )


def compile_loop(statement, names):
    """A function `loop(count)` that runs `statement` count times, `names` bound as locals."""
    parameters = "".join(f", {name}={name}" for name in names)
    source = f"def loop(count{parameters}):\n    for _ in range(count):\n        {statement}\n"
    scope = dict(names)
    exec(source, scope)
    return scope["loop"]


def prepare(data):
    """The operations that run on `data`, the libraries' versions and notes on what is missing
    or differs."""
    loops, versions, notes = {}, {"python": platform.python_version()}, []
    try:
        import orjson
    except ImportError as error:
        notes.append(f"orjson not measured: {error}")
    else:
        versions["orjson"] = orjson.__version__
        value = orjson.loads(data)
        names = {"dumps": orjson.dumps, "loads": orjson.loads, "value": value, "data": data,
                 "option": orjson.OPT_SORT_KEYS}
        loops["orjson.encode"] = compile_loop("dumps(value, option=option)", names)
        loops["orjson.decode"] = compile_loop("loads(data)", names)
        if orjson.dumps(value, option=orjson.OPT_SORT_KEYS) != data:
            notes.append("orjson.dumps output is not byte-identical to the canonical document")
    try:
        import msgspec
    except ImportError as error:
        notes.append(f"msgspec not measured: {error}")
    else:
        versions["msgspec"] = msgspec.__version__
        decoder = msgspec.json.Decoder()
        encoder = msgspec.json.Encoder(order="sorted")
        value = decoder.decode(data)
        names = {"encode": encoder.encode, "decode": decoder.decode, "value": value, "data": data}
        loops["msgspec.encode"] = compile_loop("encode(value)", names)
        loops["msgspec.decode"] = compile_loop("decode(data)", names)
        if encoder.encode(value) != data:
            notes.append("msgspec's sorted encode output is not byte-identical to the canonical document")
        try:
            typed = typed_response()
            typed.decode(data)
        except Exception as error:  # a peer that cannot read the document gets no row
            notes.append(f"msgspec typed decode not measured: {type(error).__name__}: {error}")
        else:
            loops["msgspec-typed.decode"] = compile_loop("decode(data)", {"decode": typed.decode, "data": data})
    return loops, versions, notes


def main():
    data = open(sys.argv[1], "rb").read()
    loops, versions, notes = prepare(data)
    print(json.dumps({"versions": versions, "operations": sorted(loops), "notes": notes}), flush=True)
    per_round = {}
    clock = time.perf_counter_ns
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        loop = loops.get(words[1]) if len(words) >= 3 else None
        if loop is None:
            print(f"error: unknown command {line.strip()!r}", flush=True)
            continue
        if words[0] == "warm":
            duration, minimum = int(words[2]), int(words[3])
            start, count = clock(), 0
            while clock() - start < duration:
                loop(1)
                count += 1
            estimate = (clock() - start) / count
            per_round[words[1]] = max(1, int(minimum / estimate) + 1)
            print(per_round[words[1]], flush=True)
        else:
            minimum, count = int(words[2]), per_round[words[1]]
            start = clock()
            loop(count)
            elapsed = clock() - start
            if elapsed < minimum:
                per_round[words[1]] = int(count * 1.2 * minimum / max(elapsed, 1)) + 1
                print("short", flush=True)
            else:
                print(elapsed / count, flush=True)


if __name__ == "__main__":
    main()
