"""task_output: the task output the platform's runner sends for a response (spec/task-output.md).

connect-extension-runner 43.1 builds a ``connect.eaas.core.proto.TaskOutput`` in each task
manager's ``build_response`` (``connect/eaas/runner/managers/<category>.py``) and sends its
pydantic ``model_dump()``. This module builds the same object, in the most real way available,
and serializes its ``model_dump()`` with rfc8785:

``runner``
    the real ``build_response`` of the real managers, driven with a completed future (the clock
    the manager reads is replaced so that the measured runtime is the requested one, and for a
    retry ``traceback.format_exc`` returns the requested text). Needs connect-extension-runner
    43.1 and its dependencies; see interop/python/README.md for why they do not install cleanly
    beside connect-eaas-core 38.0.
``proto``
    the managers' lines mirrored below, on the real ``proto.TaskOutput`` model. Needs
    ``connect.eaas.core.proto``, which imports pydantic, fastapi and connect-openapi-client
    (through ``connect.eaas.core.utils``).
``mirror``
    the same mirrored lines on a stand-in with the model's fields and defaults.

The first that imports is used; ``RESPONSE_CODEC_TASK_OUTPUT`` (``runner``, ``proto`` or
``mirror``) forces one, and then a task_output request fails (code "internal") when it does not
import. Which one runs is written to stderr once.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys
import warnings
from types import SimpleNamespace
from typing import Any, Callable

from connect.eaas.core.enums import ResultType

from .encode import WIRE_KIND, _serialize, run_factory
from .errors import CodecError


class StandInTaskOutput:
    """``proto.TaskOutput``'s fields and defaults (connect/eaas/core/proto.py:69-74), for when
    the real model does not import: ``result: str``, ``data = None``, ``countdown = 0``,
    ``runtime = 0.0``, ``message = None``. Like the model, it does not validate assignments."""

    def __init__(self, result: str) -> None:
        self.result = result
        self.data: Any = None
        self.countdown: Any = 0
        self.runtime: Any = 0.0
        self.message: Any = None

    def model_dump(self) -> dict[str, Any]:
        return {
            "result": self.result,
            "data": self.data,
            "countdown": self.countdown,
            "runtime": self.runtime,
            "message": self.message,
        }


# -- the managers, mirrored line by line (connect-extension-runner 43.1) ---------------------

def mirror_background(model: Callable[..., Any], result: Any, runtime: float) -> Any:
    output = model(result=result.status)  # background.py:86
    output.runtime = runtime  # background.py:87, time.monotonic() - begin_ts
    if result.status in (ResultType.SKIP, ResultType.FAIL):  # background.py:92
        output.message = result.output  # background.py:93
    if result.status == ResultType.RESCHEDULE:  # background.py:95
        output.countdown = result.countdown  # background.py:96
    return output


def mirror_interactive(model: Callable[..., Any], result: Any, runtime: float) -> Any:
    output = model(result=result.status)  # interactive.py:48
    output.data = result.data  # interactive.py:49; responses.py:96-101, None values included
    output.message = result.output  # interactive.py:50
    output.runtime = runtime  # interactive.py:51
    return output


def mirror_scheduled(model: Callable[..., Any], result: Any, runtime: float) -> Any:
    output = model(result=result.status)  # scheduled.py:52
    output.message = result.output  # scheduled.py:53
    output.runtime = runtime  # scheduled.py:54
    return output


def mirror_transformation(model: Callable[..., Any], result: Any, runtime: float) -> Any:
    output = model(result=result.status)  # transformation.py:157
    output.runtime = runtime  # transformation.py:158
    if result.status in (ResultType.SKIP, ResultType.FAIL):  # transformation.py:164
        output.message = result.output  # transformation.py:165
    return output


def mirror_retry(model: Callable[..., Any], traceback_text: str) -> Any:
    # The except branch of background.py:97-100 and scheduled.py:59-62 (runtime is never set).
    output = model(result=ResultType.RETRY)  # background.py:99, scheduled.py:61
    output.message = traceback_text[:4000]  # background.py:100, scheduled.py:62: traceback.format_exc()[:4000]
    return output


MIRRORS = {
    "background": mirror_background,
    "interactive": mirror_interactive,
    "scheduled": mirror_scheduled,
    "transformation": mirror_transformation,
}


# -- the real managers ----------------------------------------------------------------------

MANAGERS = {
    # category: (manager class, an event type of the category for the task's input)
    "background": ("BackgroundTasksManager", "asset_purchase_request_processing"),
    "interactive": ("InteractiveTasksManager", "product_custom_event_processing"),
    "scheduled": ("ScheduledTasksManager", "scheduled_execution"),
    "transformation": ("TransformationTasksManager", "billing_transformation_request_processing"),
}


def run_manager(category: str, result: Any = None, runtime: float = 0.0, traceback_text: str | None = None) -> Any:
    """The ``output`` of the real manager's ``build_response`` for a future that completes with
    ``result``, or, when ``traceback_text`` is given, raises (whose traceback is that text)."""
    from connect.eaas.core.proto import Task, TaskInput, TaskOptions

    module = importlib.import_module(f"connect.eaas.runner.managers.{category}")
    manager_name, event_type = MANAGERS[category]
    manager = getattr(module, manager_name)
    task = Task(
        options=TaskOptions(task_id="TQ-000-000-000", task_category=category),
        input=TaskInput(event_type=event_type, object_id="PR-000-000-000"),
    )
    stub = SimpleNamespace(
        config=SimpleNamespace(get_timeout=lambda name: 300),
        log_exception=lambda task_data, error: None,
    )
    readings = iter([0.0])
    clock = SimpleNamespace(monotonic=lambda: next(readings, runtime))  # 0.0, then 0.0 + runtime
    saved = module.time, module.traceback
    module.time = clock
    module.traceback = SimpleNamespace(format_exc=lambda: traceback_text)

    async def build() -> Any:
        future = asyncio.get_running_loop().create_future()
        if traceback_text is None:
            future.set_result(result)
        else:
            future.set_exception(RuntimeError("the extension raised"))
        return await manager.build_response(stub, task, future)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydantic 2 deprecates the .dict() the managers call
            message = asyncio.run(build())
    finally:
        module.time, module.traceback = saved
    return message.output


# -- choosing the backend -------------------------------------------------------------------

_backend: tuple[str, Callable[..., Any]] | None = None


def _importable(*modules: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name in modules:
                importlib.import_module(name)
    except Exception:  # noqa: BLE001 - any import failure means the backend is unavailable
        return False
    return True


def backend() -> tuple[str, Callable[..., Any]]:
    """The backend's name and the TaskOutput model the mirrors use (for ``runner`` too, whose
    own output :func:`project` takes from the real managers instead)."""
    global _backend
    if _backend is None:
        forced = os.environ.get("RESPONSE_CODEC_TASK_OUTPUT")
        if forced not in (None, "runner", "proto", "mirror"):
            raise RuntimeError(f"RESPONSE_CODEC_TASK_OUTPUT is runner, proto or mirror, not {forced!r}")
        managers = [f"connect.eaas.runner.managers.{category}" for category in MANAGERS]
        if forced in (None, "runner") and _importable(*managers):
            from connect.eaas.core.proto import TaskOutput

            _backend = ("runner", TaskOutput)
        elif forced in (None, "proto") and _importable("connect.eaas.core.proto"):
            from connect.eaas.core.proto import TaskOutput

            _backend = ("proto", TaskOutput)
        elif forced in (None, "mirror"):
            _backend = ("mirror", StandInTaskOutput)
        else:
            raise RuntimeError(f"RESPONSE_CODEC_TASK_OUTPUT={forced}, but it does not import")
        print(f"task_output: built by {_backend[0]}", file=sys.stderr)
    return _backend


def project(call: Any, runtime: float) -> bytes:
    """The canonical task output for the response of a factory call, with ``runtime``."""
    kind, result = run_factory(call)
    category = WIRE_KIND[kind]
    if category == "row_transformation":
        raise CodecError(
            "invalid_value", "/kind", None, "the runner writes rows to the output file; it never sends one as a task output"
        )
    name, model = backend()
    if name == "runner":
        output = run_manager(category, result, runtime)
    else:
        output = MIRRORS[category](model, result, runtime)
    return _dump(output)


def project_retry(traceback_text: str) -> bytes:
    """The canonical task output of the runner's own retry, with ``traceback_text`` as the
    traceback it formats."""
    name, model = backend()
    output = run_manager("background", traceback_text=traceback_text) if name == "runner" else mirror_retry(model, traceback_text)
    return _dump(output)


def _dump(output: Any) -> bytes:
    """rfc8785 bytes of the model's ``model_dump()`` (what ``Message.serialize`` sends). A value
    rfc8785 refuses (a countdown above 2^53-1, which the reference factories accept) is
    number_out_of_range, pointed at the argument it came from as encode does."""
    return _serialize(output.model_dump())
