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
    cameo.compile_all()  # every block's patterns built
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


def _read_packaged():
    from kgraph.extract.cameo import CAMEO_RESOURCE, _read, load_filter, parse_cameo
    from kgraph.extract.rules_nominal_actors import LIGHT_VERBS

    hand = load_lexicon()
    return parse_cameo(_read(CAMEO_RESOURCE), hand, load_filter(), LIGHT_VERBS)


def test_verbs_compiled_as_met_in_any_order_equal_all_compiled_at_once():
    import random

    whole = _read_packaged().compile_all()
    lazy = _read_packaged()
    assert not lazy._compiled  # nothing compiled by reading the file
    lemmas = list(lazy.verbs)
    random.Random(3).shuffle(lemmas)
    for lemma in lemmas:
        got, want = lazy.entries_of(lemma), whole[lemma]
        assert [(e.plain, list(e.by_object.items()), e.alone) for e in got] == [
            (e.plain, list(e.by_object.items()), e.alone) for e in want
        ]
    assert sum(len(p) for e in whole["freeze"] for p in e.by_object.values()) > 0
    assert lazy.entries_of("no-such-verb") == []
