"""Checks of the response family in the Python testee: the alias classes, validation and the
transformation kinds through connect-eaas-core, their decoding rules, and the task output the
runner sends (spec/response-family.md, spec/task-output.md).

Run from the repository root: ``python3 -m pytest interop/python``.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from connect.eaas.core import responses  # noqa: E402
from response_codec import projection  # noqa: E402
from response_codec.encode import FACTORIES, WIRE_KIND, load_request, run_factory  # noqa: E402
from testee import respond  # noqa: E402

MANIFEST = json.loads((HERE.parent.parent / "golden" / "manifest.json").read_text(encoding="utf-8"))


def call(request: dict[str, Any]) -> dict[str, Any]:
    return json.loads(respond(json.dumps(request).encode()))


def output(response: dict[str, Any]) -> str:
    assert response["ok"], response
    return base64.b64decode(response["output_b64"]).decode()


def fault(response: dict[str, Any]) -> tuple[str, str, int | None]:
    assert not response["ok"], response
    return response["code"], response["pointer"], response["offset"]


def encode(kind: str, factory: str, **args: Any) -> dict[str, Any]:
    return call({"id": "e", "op": "encode", "call": {"kind": kind, "factory": factory, "args": args}})


def byte_op(op: str, document: str, **extra: Any) -> dict[str, Any]:
    return call({"id": "t", "op": op, "input_b64": base64.b64encode(document.encode()).decode(), **extra})


def task_output(kind: str, factory: str, runtime: float = 0, **args: Any) -> dict[str, Any]:
    request = {"kind": kind, "factory": factory, "args": args}
    return call({"id": "t", "op": "task_output", "call": request, "runtime": runtime})


# -- encode: the classes a call names write their wire kind -----------------------------------

def test_aliases_write_the_kind_they_extend() -> None:
    assert output(encode("processing", "reschedule", countdown=45)) == '{"countdown":45,"kind":"background","result":"reschedule"}'
    assert output(encode("custom_event", "done", body="ok")) == '{"body":"ok","http_status":200,"kind":"interactive","result":"success"}'
    assert output(encode("product_action", "fail")) == '{"http_status":400,"kind":"interactive","result":"fail"}'


def test_validation_puts_data_in_the_body() -> None:
    assert output(encode("validation", "done", data={"id": "PR-1"})) == '{"body":{"id":"PR-1"},"http_status":200,"kind":"interactive","result":"success"}'
    assert output(encode("validation", "done", data=None)) == '{"http_status":200,"kind":"interactive","result":"success"}'
    assert output(encode("validation", "fail", output="no")) == '{"http_status":400,"kind":"interactive","output":"no","result":"fail"}'
    assert fault(encode("validation", "done")) == ("missing_field", "/args/data", None)


def test_transformations() -> None:
    assert output(encode("transformation", "skip", output="x")) == '{"kind":"transformation","output":"x","result":"skip"}'
    assert output(encode("transformation", "done", anything=1)) == '{"kind":"transformation","result":"success"}'
    row = encode("row_transformation", "done", transformed_row={"b": 1, "a": None}, transformed_row_styles={})
    assert output(row) == '{"kind":"row_transformation","result":"success","transformed_row":{"a":null,"b":1}}'
    assert output(encode("row_transformation", "delete")) == '{"kind":"row_transformation","result":"delete"}'
    assert output(encode("row_transformation", "fail")) == '{"kind":"row_transformation","result":"fail"}'
    failed = encode("row_transformation", "fail", output="Product not found")
    assert output(failed) == '{"kind":"row_transformation","output":"Product not found","result":"fail"}'
    assert fault(encode("row_transformation", "fail", output=5)) == ("type_mismatch", "/args/output", None)
    assert fault(encode("scheduled", "reschedule")) == ("invalid_value", "/factory", None)
    assert fault(encode("row_transformation", "done")) == ("missing_field", "/args/transformed_row", None)
    assert fault(encode("row_transformation", "done", transformed_row=None)) == ("type_mismatch", "/args/transformed_row", None)


# -- decode: the new kinds, results and members ------------------------------------------------

ROW = '{"kind":"row_transformation","result":"success",%s}'

FAMILY_FAULTS = [
    ('{"kind":"processing","result":"success"}', "unknown_kind", "/kind", 8),
    ('{"kind":"transformation","result":"delete"}', "unknown_result", "/result", 34),
    ('{"kind":"row_transformation","result":"fail","transformed_row":{}}', "unexpected_field", "/transformed_row", 63),
    ('{"kind":"row_transformation","output":null,"result":"fail"}', "type_mismatch", "/output", 38),
    ('{"kind":"row_transformation","result":"delete","transformed_row":{}}', "unexpected_field", "/transformed_row", 65),
    (ROW % '"transformed_row_styles":{"a":{}}', "missing_field", "/transformed_row", 0),
    (ROW % '"transformed_row":{"a":[1]}', "type_mismatch", "/transformed_row/a", 71),
    (ROW % '"transformed_row":{},"transformed_row_styles":{}', "invalid_value", "/transformed_row_styles", 94),
    (ROW % '"transformed_row":{},"transformed_row_styles":{"a":1}', "type_mismatch", "/transformed_row_styles/a", 99),
]


@pytest.mark.parametrize(("document", "code", "pointer", "offset"), FAMILY_FAULTS)
def test_family_decode_faults(document: str, code: str, pointer: str, offset: int) -> None:
    assert fault(byte_op("decode", document)) == (code, pointer, offset)


def test_row_decodes_to_canonical_bytes() -> None:
    document = ROW % '"transformed_row":{"b":true,"a":null},"transformed_row_styles":{"a":{"font":{}}}'
    expected = ROW % '"transformed_row":{"a":null,"b":true},"transformed_row_styles":{"a":{"font":{}}}'
    assert output(byte_op("decode", document)) == expected


# -- task output -------------------------------------------------------------------------------

TASK = '{"countdown":%s,"data":%s,"message":%s,"result":"%s","runtime":%s}'


def test_task_output_projections() -> None:
    assert output(task_output("background", "reschedule", 0.5, countdown=45)) == TASK % (45, "null", "null", "reschedule", 0.5)
    assert output(task_output("processing", "done", 1)) == TASK % (0, "null", "null", "success", 1)
    interactive = output(task_output("interactive", "done"))
    assert interactive == TASK % (0, '{"body":null,"headers":null,"http_status":200}', "null", "success", 0)
    validation = output(task_output("validation", "fail", data=[1], output="bad"))
    assert validation == TASK % (0, '{"body":[1],"headers":null,"http_status":400}', '"bad"', "fail", 0)
    assert output(task_output("scheduled", "fail", 2, output="x")) == TASK % (0, "null", '"x"', "fail", 2)
    assert output(task_output("transformation", "skip", output="y")) == TASK % (0, "null", '"y"', "skip", 0)
    assert fault(task_output("row_transformation", "delete")) == ("invalid_value", "/kind", None)
    assert fault(task_output("row_transformation", "fail", output="x")) == ("invalid_value", "/kind", None)


def test_task_output_retry_keeps_4000_code_points() -> None:
    retry = call({"id": "r", "op": "task_output", "retry": {"message": "x" * 3999 + "\U0001f600\U0001f600"}})
    assert json.loads(output(retry))["message"] == "x" * 3999 + "\U0001f600"


TASK_FAULTS = [
    ("[]", "type_mismatch", "", 0),
    ('{"result":"delete"}', "unknown_result", "/result", 10),
    ('{"kind":"background","result":"success"}', "unexpected_field", "/kind", 8),
    ('{"countdown":0,"data":null,"result":"success","runtime":0}', "missing_field", "/message", 0),
    (TASK % (30, "null", "null", "success", 0), "invalid_value", "/countdown", 13),
    (TASK % (29, "null", "null", "reschedule", 0), "invalid_value", "/countdown", 13),
    (TASK % (0, "null", 1, "fail", 0), "type_mismatch", "/message", 37),
    (TASK % (0, "null", "null", "fail", "null"), "type_mismatch", "/runtime", 68),
]


@pytest.mark.parametrize(("document", "code", "pointer", "offset"), TASK_FAULTS)
def test_task_output_decode_faults(document: str, code: str, pointer: str, offset: int) -> None:
    assert fault(byte_op("decode_task_output", document)) == (code, pointer, offset)


def test_task_output_decode_ignores_unknown_members_on_request() -> None:
    document = '{"countdown":0,"data":null,"extra":1,"message":null,"result":"retry","runtime":0.0}'
    assert output(byte_op("decode_task_output", document, unknown_members="ignore")) == TASK % (0, "null", "null", "retry", 0)


def _projected_cases() -> list[dict[str, Any]]:
    return [case for case in MANIFEST.get("task_outputs", []) if "file" in case]


def _importable(*modules: str) -> bool:
    return projection._importable(*modules)


REAL_MODEL = _importable("connect.eaas.core.proto")
REAL_MANAGERS = _importable(*(f"connect.eaas.runner.managers.{category}" for category in projection.MANAGERS))


def _mirrored(case: dict[str, Any], model: Any) -> dict[str, Any]:
    if "retry" in case:
        return projection.mirror_retry(model, case["retry"]["message"]).model_dump()
    kind, result = run_factory(load_request(json.dumps(case["call"])))
    category = WIRE_KIND[kind]
    return projection.MIRRORS[category](model, result, float(case["runtime"])).model_dump()


@pytest.mark.skipif(not REAL_MODEL, reason="connect.eaas.core.proto does not import (needs pydantic, fastapi, connect-openapi-client)")
@pytest.mark.parametrize("case", _projected_cases(), ids=lambda case: case["id"])
def test_stand_in_model_dumps_as_the_real_model(case: dict[str, Any]) -> None:
    from connect.eaas.core.proto import TaskOutput

    assert _mirrored(case, projection.StandInTaskOutput) == _mirrored(case, TaskOutput)


@pytest.mark.skipif(not REAL_MANAGERS, reason="connect-extension-runner 43.1 does not import (see README.md)")
@pytest.mark.parametrize("case", _projected_cases(), ids=lambda case: case["id"])
def test_mirror_builds_what_the_real_managers_build(case: dict[str, Any]) -> None:
    from connect.eaas.core.proto import TaskOutput

    if "retry" in case:
        real = projection.run_manager("background", traceback_text=case["retry"]["message"]).model_dump()
        assert real == projection.run_manager("scheduled", traceback_text=case["retry"]["message"]).model_dump()
    else:
        kind, result = run_factory(load_request(json.dumps(case["call"])))
        category = WIRE_KIND[kind]
        real = projection.run_manager(category, result, float(case["runtime"])).model_dump()
    assert _mirrored(case, TaskOutput) == real


# -- the reference runtime, pinned -------------------------------------------------------------

def test_reference_aliases_add_no_state() -> None:
    assert vars(responses.ProcessingResponse.reschedule(45)) == vars(responses.BackgroundResponse.reschedule(45))
    assert vars(responses.CustomEventResponse.done(201)) == vars(responses.InteractiveResponse.done(201))
    assert vars(responses.ValidationResponse.done({"a": 1})) == vars(responses.InteractiveResponse.done(body={"a": 1}))


def test_reference_row_styles_none_and_empty_are_one_state() -> None:
    assert responses.RowTransformationResponse.done({"a": 1}).transformed_row_styles == {}
    assert responses.RowTransformationResponse.done({"a": 1}, {}).transformed_row_styles == {}


def test_reference_row_class_inherits_fail() -> None:
    assert responses.RowTransformationResponse.fail("x").status == "fail"


def test_reference_row_accepts_any_cells() -> None:
    assert output(encode("row_transformation", "done", transformed_row={"a": [1]})) == ROW % '"transformed_row":{"a":[1]}'


def test_forced_backend_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(projection, "_backend", None)
    monkeypatch.setenv("RESPONSE_CODEC_TASK_OUTPUT", "mirror")
    assert projection.backend()[0] == "mirror"
    monkeypatch.setattr(projection, "_backend", None)
    os.environ.pop("RESPONSE_CODEC_TASK_OUTPUT", None)


# -- every class's factories, derived from the package (spec/response-family.md §5.1) --------

SPEC_FAMILY = HERE.parent.parent / "spec" / "response-family.md"


def reference_factory_table() -> list[tuple[str, str, str, str]]:
    """(class, factory, defining class, signature) for every public classmethod that each
    class's method resolution finds, own and inherited, in the spec table's order."""
    rows = []
    for kind in FACTORY_CLASSES:
        cls = getattr(responses, FACTORY_CLASSES[kind])
        for name in sorted(dir(cls)):
            if name.startswith("_"):
                continue
            owner = next(klass for klass in cls.__mro__ if name in vars(klass))
            if isinstance(vars(owner)[name], classmethod):
                rows.append((kind, name, owner.__name__, str(inspect.signature(getattr(cls, name)))))
    return rows


FACTORY_CLASSES = {
    "background": "BackgroundResponse",
    "processing": "ProcessingResponse",
    "interactive": "InteractiveResponse",
    "validation": "ValidationResponse",
    "custom_event": "CustomEventResponse",
    "product_action": "ProductActionResponse",
    "scheduled": "ScheduledExecutionResponse",
    "transformation": "TransformationResponse",
    "row_transformation": "RowTransformationResponse",
}


def spec_factory_table() -> list[tuple[str, str, str, str]]:
    """The rows between the factory-table markers of spec/response-family.md."""
    text = SPEC_FAMILY.read_text(encoding="utf-8")
    table = text.split("<!-- factory-table:begin -->")[1].split("<!-- factory-table:end -->")[0]
    rows = []
    for line in table.strip().splitlines()[2:]:
        cells = [cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
        rows.append((cells[0], cells[1], cells[2], cells[3]))
    return rows


def test_spec_factory_table_is_the_packages_method_resolution() -> None:
    assert spec_factory_table() == reference_factory_table()
    assert set(FACTORY_CLASSES) == set(WIRE_KIND)


def test_testee_offers_every_factory_of_the_package() -> None:
    derived = {(kind, name) for kind, name, _, _ in reference_factory_table()}
    offered = {(kind, name) for kind, factories in FACTORIES.items() for name in factories}
    assert offered == derived


# -- a failed row, as the runner reports it (spec/task-output.md §4.5) ------------------------

def test_runner_reports_a_failed_row_in_the_transformations_output() -> None:
    managers = pytest.importorskip("connect.eaas.runner.managers.transformation")
    from types import SimpleNamespace

    def lookup_product(row: dict[str, Any]) -> Any:
        return responses.RowTransformationResponse.fail(output="Product not found")

    stub = SimpleNamespace(config=SimpleNamespace(get_timeout=lambda name: 5), executor=None)

    async def transform() -> None:
        await managers.TransformationTasksManager.transform_row(stub, lookup_product, 2, {"id": "PRD-1"}, {})

    with pytest.raises(managers.RowTransformationError) as raised:
        asyncio.run(transform())
    message = "Error applying transformation function lookup_product to row #2: row transformation failed: Product not found."
    assert str(raised.value) == message
    # process_transformation answers the raised error with TransformationResponse.fail(str(e)).
    failed = responses.TransformationResponse.fail(output=str(raised.value))
    if projection.backend()[0] == "runner":
        task_output = projection.run_manager("transformation", failed, 0.5)
        assert task_output.result == "fail"
        assert task_output.message == message


def test_runner_reports_a_failed_row_without_output_as_none() -> None:
    managers = pytest.importorskip("connect.eaas.runner.managers.transformation")
    from types import SimpleNamespace

    async def enrich(row: dict[str, Any]) -> Any:
        return responses.RowTransformationResponse.fail()

    stub = SimpleNamespace(config=SimpleNamespace(get_timeout=lambda name: 5), executor=None)
    with pytest.raises(managers.RowTransformationError, match=r"to row #7: row transformation failed: None\.$"):
        asyncio.run(managers.TransformationTasksManager.transform_row(stub, enrich, 7, {}, {}))
