"""``import arabic_events`` stays cheap: the grammar, the lexicon tables and the place
index load on first use, and every public name still resolves (to the right object)."""

from __future__ import annotations

import subprocess
import sys

import arabic_events as ae


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.strip()


def test_import_loads_no_grammar_and_no_table() -> None:
    loaded = _run(
        "import sys, arabic_events\n"
        "print(sorted(m for m in sys.modules if m.startswith('arabic_events')))"
    )
    for heavy in ("arabic_events.dates", "arabic_events.events", "arabic_events.geo"):
        assert f"'{heavy}'" not in loaded


def test_every_public_name_resolves() -> None:
    for name in ae.__all__:
        assert getattr(ae, name) is not None
    assert set(ae.__all__) <= set(dir(ae))


def test_extract_is_the_function_whatever_was_imported_first() -> None:
    # importing a submodule binds its name on the package; no public name may be one
    out = _run(
        "import arabic_events.scaling, arabic_events.cli, arabic_events as ae\n"
        "import arabic_events.normalize\n"
        "print(callable(ae.extract), ae.extract.__module__, callable(ae.normalize))"
    )
    assert out == "True arabic_events.pipeline True"


def test_no_lazy_name_is_also_a_submodule() -> None:
    import pkgutil

    submodules = {m.name for m in pkgutil.iter_modules(ae.__path__)}
    assert not submodules & set(ae._LAZY)
