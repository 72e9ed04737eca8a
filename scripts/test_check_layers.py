"""Tests for check-layers.py on tiny synthetic libraries: `python3 -m pytest -q scripts`."""

import importlib.util
import json
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location("check_layers", Path(__file__).with_name("check-layers.py"))
check_layers = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(check_layers)

LAYERS = [["Base"], ["Middle", "Side"], ["Top"]]

BASE = """\
/// The lowest layer's type.
public struct Token {
    var text: String
}
"""

TOP = """\
/// A type of the highest layer.
struct Widget {
    static let shared = Widget()
}

extension Array where Element == UInt8 {
    /// Runs `body` over the bytes.
    func withScratchInput<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        withUnsafeBytes(body)
    }

    /// A common word: never resolved.
    var count2: Int { count }
}

extension Token {
    /// Declared in Top although Token lives in Base.
    func topSpelling() -> String { text }

    /// Also a member of Widget below, so not declared exactly once.
    func render() -> String { text }
}

extension Widget {
    func render() -> String { "" }
}
"""


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path, monkeypatch):
    """Messages name files relative to the working directory: make that the tree's parent."""
    monkeypatch.chdir(tmp_path)


def make_tree(tmp_path: Path, files: dict, layers=None) -> tuple:
    """Writes `files` (path under the root -> source) and a config; returns (root, config)."""
    root = tmp_path / "Lib"
    for relative, source in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    root.mkdir(exist_ok=True)
    config = tmp_path / "layers.json"
    config.write_text(json.dumps({"layers": LAYERS if layers is None else layers}))
    return root, config


def run(capsys, root: Path, config: Path, *extra) -> tuple:
    """Exit status, stdout lines and stderr of the script on `root`."""
    status = check_layers.main(["--root", str(root), "--config", str(config), *extra])
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def test_a_clean_tree_passes(tmp_path, capsys):
    root, config = make_tree(
        tmp_path,
        {
            "Base/Token.swift": BASE,
            "Middle/Use.swift": "func middle(_ token: Token) -> String { token.text }\n",
            "Side/Side.swift": "enum Side { static func call() -> String { middle(Token(text: \"\")) } }\n",
            "Top/Widget.swift": TOP,
            "Top/Uses.swift": "let spelled = Token(text: \"\").topSpelling() + Side.call()\n",
        },
    )
    status, out, err = run(capsys, root, config)
    assert (status, out, err) == (0, [], "")


def test_an_upward_use_fails_with_file_line_name_declaration_and_layers(tmp_path, capsys):
    root, config = make_tree(
        tmp_path,
        {
            "Base/Token.swift": BASE + "\nlet defaultWidget =\n    Widget.shared\n",
            "Top/Widget.swift": TOP,
        },
    )
    status, out, err = run(capsys, root, config)
    assert status == 1
    assert out == [
        "Lib/Base/Token.swift:7: error: Base (layer 1) uses Widget, declared in Lib/Top/Widget.swift:2, "
        "Top (layer 3): a higher layer"
    ]
    assert "1 error(s)" in err


def test_extending_a_higher_layers_type_is_a_use(tmp_path, capsys):
    root, config = make_tree(
        tmp_path, {"Base/Token.swift": BASE + "\nextension Widget {}\n", "Top/Widget.swift": TOP}
    )
    status, out, _ = run(capsys, root, config)
    assert status == 1
    assert [line.split(": error: ")[0] for line in out] == ["Lib/Base/Token.swift:6"]


def test_an_extension_member_belongs_to_the_extensions_folder(tmp_path, capsys):
    middle = """\
func middle(_ bytes: [UInt8], _ token: Token) -> Int {
    _ = token.topSpelling()
    return bytes.withScratchInput { $0.count }
}
"""
    files = {"Base/Token.swift": BASE, "Middle/Use.swift": middle, "Top/Widget.swift": TOP}
    root, config = make_tree(tmp_path, files)
    status, out, _ = run(capsys, root, config)
    assert status == 1
    assert out == [
        "Lib/Middle/Use.swift:2: error: Middle (layer 2) uses Token.topSpelling, declared in "
        "Lib/Top/Widget.swift:18, Top (layer 3): a higher layer",
        "Lib/Middle/Use.swift:3: error: Middle (layer 2) uses Array.withScratchInput, declared in "
        "Lib/Top/Widget.swift:8, Top (layer 3): a higher layer",
    ]


def test_an_extension_member_is_used_bare_inside_another_extension_of_its_type(tmp_path, capsys):
    base = BASE + "\nextension Token {\n    var shout: String { topSpelling() }\n}\n"
    root, config = make_tree(tmp_path, {"Base/Token.swift": base, "Top/Widget.swift": TOP})
    status, out, _ = run(capsys, root, config)
    assert status == 1
    assert [line.split(": error: ")[0] for line in out] == ["Lib/Base/Token.swift:7"]
    assert "uses Token.topSpelling" in out[0]


def test_members_declared_twice_and_common_names_are_not_resolved(tmp_path, capsys):
    middle = """\
func middle(_ token: Token, _ bytes: [UInt8]) -> Int {
    _ = token.render()
    return bytes.count2 + bytes.count
}

func topSpelling() {}
"""
    # `render` is declared by two extensions, `count` is a common name, and `topSpelling` is also
    # declared in Middle itself (the local declaration makes the name ambiguous).
    files = {"Base/Token.swift": BASE, "Middle/Use.swift": middle, "Top/Widget.swift": TOP}
    root, config = make_tree(tmp_path, files)
    common = check_layers.COMMON_NAMES
    check_layers.COMMON_NAMES = common | {"count2"}
    try:
        status, out, _ = run(capsys, root, config)
    finally:
        check_layers.COMMON_NAMES = common
    assert (status, out) == (0, [])


def test_comments_and_strings_are_ignored_but_interpolations_are_not(tmp_path, capsys):
    base = BASE + '''
// Widget in a line comment
/* Widget in /* a nested */ Widget block comment */
/// Widget in a doc comment
let a = "Widget \\" Widget"
let b = #"Widget "quoted" Widget"#
let c = """
    Widget "in" a multi-line string
    """
let d = ##"raw \\#(Widget) is text"##
'''
    root, config = make_tree(tmp_path, {"Base/Token.swift": base, "Top/Widget.swift": TOP})
    assert run(capsys, root, config)[:2] == (0, [])

    (root / "Base/Token.swift").write_text(base + 'let e = "\\(Widget.shared)"\n')
    status, out, _ = run(capsys, root, config)
    assert status == 1
    assert [line.split(": error: ")[0] for line in out] == ["Lib/Base/Token.swift:15"]


def test_folders_of_the_same_layer_may_use_each_other(tmp_path, capsys):
    root, config = make_tree(
        tmp_path,
        {
            "Middle/M.swift": "struct M { var s: S? }\n",
            "Side/S.swift": "struct S { var m: [M] }\n",
        },
    )
    assert run(capsys, root, config)[:2] == (0, [])


def test_a_folder_not_in_the_config_fails(tmp_path, capsys):
    root, config = make_tree(tmp_path, {"Base/Token.swift": BASE, "Extra/Extra.swift": "struct Extra {}\n"})
    status, out, _ = run(capsys, root, config)
    assert status == 1
    assert out == [f"Lib/Extra/: error: folder is not named in {config}"]


def test_a_file_outside_any_folder_fails(tmp_path, capsys):
    root, config = make_tree(tmp_path, {"Base/Token.swift": BASE, "Loose.swift": "struct Loose {}\n"})
    status, out, _ = run(capsys, root, config)
    assert status == 1
    assert out == [f"Lib/Loose.swift: error: not in a folder, so in no layer of {config}"]


def test_a_config_folder_without_files_is_only_a_note(tmp_path, capsys):
    root, config = make_tree(tmp_path, {"Base/Token.swift": BASE})
    status, out, err = run(capsys, root, config)
    assert (status, out) == (0, [])
    assert "names Middle, which has no Swift file" in err


@pytest.mark.parametrize("layers", [{"Base": 1}, [["Base"], ["Base"]], [["Base", 3]]])
def test_a_bad_config_exits_2(tmp_path, capsys, layers):
    root, config = make_tree(tmp_path, {"Base/Token.swift": BASE}, layers=layers)
    with pytest.raises(SystemExit) as exit:
        run(capsys, root, config)
    assert exit.value.code == 2


def test_the_graph_lists_edges_upward_edges_and_two_way_pairs(tmp_path, capsys):
    root, config = make_tree(
        tmp_path,
        {
            "Base/Token.swift": BASE + "let w = Widget.shared\n",
            "Middle/M.swift": "struct M { var t: Token }\n",
            "Top/Widget.swift": TOP + "let t: Token? = nil\n",
        },
    )
    status, out, _ = run(capsys, root, config, "--graph")
    assert status == 0
    assert out == [
        "Base (layer 1) -> Top (1) UPWARD",
        "Middle (layer 2) -> Base (1)",
        "Side (layer 2) -> (nothing)",
        "Top (layer 3) -> Base (2)",
        "",
        "upward edges: 1",
        "  Base -> Top (uses: 1)",
        "two-way folder pairs: 1",
        "  Base <-> Top",
    ]
    status, out, _ = run(capsys, root, config, "--graph", "mermaid")
    assert status == 0
    assert out[0] == "flowchart BT"
    assert '    Top["Top (layer 3)"]' in out
    assert "    Base -->|1| Top" in out
    assert out[-1] == "    linkStyle 0 stroke:red,stroke-width:2px"


def test_class_members_do_not_open_a_type_body(tmp_path, capsys):
    """`class func` is a member, not a type named `func`: its locals stay locals."""
    top = TOP + "class Shape {\n    class func make() -> Int {\n        let topSpelling = 1\n"
    top += "        return topSpelling\n    }\n}\n"
    base = BASE + 'let shout = Token(text: "").topSpelling()\n'
    root, config = make_tree(tmp_path, {"Base/Token.swift": base, "Top/Widget.swift": top})
    # A local of the same name does not hide a qualified use (it would a bare one).
    status, out, _ = run(capsys, root, config)
    assert status == 1
    assert [line.split(": error: ")[0] for line in out] == ["Lib/Base/Token.swift:5"]
    assert "uses Token.topSpelling" in out[0]
