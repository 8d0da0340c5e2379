"""Compiling the packaged CAMEO lexicon with per-block tables gives, for every verb entry,
exactly the patterns the plain filter gives (pattern by pattern, in the same order)."""

from __future__ import annotations

from dataclasses import replace

from kgraph.extract.cameo import BlockTable, Pattern, VerbEntry, _compile_entry
from kgraph.extract.lexicon import load_lexicon


def _plain(entry: VerbEntry, coherent: bool) -> VerbEntry:
    """The filter as written before the tables: every pattern tested for every verb."""

    def holds(pattern: Pattern) -> bool:
        return not pattern.verbs or bool(pattern.verbs & entry.names)

    by_object: dict[str, tuple[Pattern, ...]] = {}
    for key, patterns in entry.block.by_object.items():
        kept = tuple(p for p in patterns if coherent or holds(p))
        if kept:
            by_object[key] = kept
    return replace(entry, plain=tuple(filter(holds, entry.block.plain)), by_object=by_object)


def test_compiled_entries_equal_the_plain_filter_for_the_packaged_lexicon():
    cameo = load_lexicon().cameo
    assert cameo is not None
    tables: dict[str, BlockTable] = {}
    checked = filtered = 0
    for entries in cameo.verbs.values():
        for entry in entries:
            for coherent in (False, True):
                fast = _compile_entry(entry, coherent, tables)
                plain = _plain(entry, coherent)
                assert fast.plain == plain.plain
                assert list(fast.by_object.items()) == list(plain.by_object.items())
                assert fast == _compile_entry(entry, coherent)  # without the shared tables
                checked += 1
                filtered += len(fast.by_object) < len(entry.block.by_object)
    assert checked > 3000 and filtered > 100  # verbs of blocks whose patterns name verbs
