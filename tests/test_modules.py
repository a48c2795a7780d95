"""Each module of the package names each of its top-level patterns, constants and functions once: a second
definition of a name silently replaces the first, and every use of the first then reads the second."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "calendarize"


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("module", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_defined_twice(module: Path) -> None:
    names = _top_level_names(ast.parse(module.read_text(encoding="utf-8")))
    assert [name for name, n in Counter(names).items() if n > 1] == []


def test_a_second_definition_is_found() -> None:
    tree = ast.parse("import re\n_A = re.compile('a')\n_B = 1\n_A = re.compile('b')\n")
    assert [name for name, n in Counter(_top_level_names(tree)).items() if n > 1] == ["_A"]
