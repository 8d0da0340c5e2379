"""CAMEO verb patterns matched on frozen dependency parses (no model needed).

The parses are written by hand, as the English pipeline should parse each sentence; the
dictionary snippets are built with the build script's own functions.
"""

from __future__ import annotations

import functools

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kgraph.errors import KgraphError
from kgraph.extract import rules_verbal
from kgraph.extract.cameo import load_filter, noun_key, parse_cameo, parse_filter
from kgraph.extract.lexicon import load_lexicon, parse_lexicon
from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity
from kgraph.ontology import RELATIONS
from tests.unit.test_cameo_build import TABLE, build

Row = tuple[str, str, str, str, str, int]

PARSES: dict[str, list[Row]] = {
    "Turkey froze aid to Iraq.": [
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
        ("froze", "freeze", "VERB", "VBD", "ROOT", 1),
        ("aid", "aid", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Turkey blocked aid to Iraq.": [
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
        ("blocked", "block", "VERB", "VBD", "ROOT", 1),
        ("aid", "aid", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Iraq rearrested Iran 's envoy.": [
        ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1),
        ("rearrested", "rearreste", "VERB", "VBD", "ROOT", 1),  # the lemmatiser slipped
        ("Iran", "Iran", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("envoy", "envoy", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Turkey froze Iran 's assets.": [
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
        ("froze", "freeze", "VERB", "VBD", "ROOT", 1),
        ("Iran", "Iran", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("assets", "asset", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Aid to Iraq was frozen by Turkey.": [
        ("Aid", "aid", "NOUN", "NN", "nsubjpass", 4),
        ("to", "to", "ADP", "IN", "prep", 0),
        ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 1),
        ("was", "be", "AUX", "VBD", "auxpass", 4),
        ("frozen", "freeze", "VERB", "VBN", "ROOT", 4),
        ("by", "by", "ADP", "IN", "agent", 4),
        ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 4),
    ],
    "Turkey froze the bank accounts.": [
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
        ("froze", "froze", "VERB", "VBD", "ROOT", 1),  # the lemmatiser slipped
        ("the", "the", "DET", "DT", "det", 4),
        ("bank", "bank", "NOUN", "NN", "compound", 4),
        ("accounts", "account", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Turkey froze the accounts.": [
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
        ("froze", "freeze", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("accounts", "account", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Turkey froze a statement.": [
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1),
        ("froze", "freeze", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("statement", "statement", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Egypt flew to Sudan.": [
        ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
        ("flew", "fly", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Sudan", "Sudan", "PROPN", "NNP", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Egypt airlifted medicine to Sudan.": [
        ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
        ("airlifted", "airlift", "VERB", "VBD", "ROOT", 1),
        ("medicine", "medicine", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Sudan", "Sudan", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Egypt airlifted protests from Sudan.": [
        ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
        ("airlifted", "airlift", "VERB", "VBD", "ROOT", 1),
        ("protests", "protest", "NOUN", "NNS", "dobj", 1),
        ("from", "from", "ADP", "IN", "prep", 1),
        ("Sudan", "Sudan", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Britain handed the suspects over.": [
        ("Britain", "Britain", "PROPN", "NNP", "nsubj", 1),
        ("handed", "hand", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("suspects", "suspect", "NOUN", "NNS", "dobj", 1),
        ("over", "over", "ADP", "RP", "prt", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "Britain handed the suspects.": [
        ("Britain", "Britain", "PROPN", "NNP", "nsubj", 1),
        ("handed", "hand", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("suspects", "suspect", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
}
COUNTRIES = {"Turkey": "TUR", "Iraq": "IRQ", "Iran": "IRN", "Egypt": "EGY", "Sudan": "SDN"}


@functools.cache
def _vocab() -> Vocab:
    return English().vocab


def parse(text: str) -> Doc:
    rows = PARSES[text]
    words, lemmas, pos, tags, deps, heads = zip(*rows, strict=True)
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", "'s") for i in range(len(words))]
    return Doc(
        _vocab(),
        words=list(words),
        spaces=spaces,
        lemmas=list(lemmas),
        pos=list(pos),
        tags=list(tags),
        deps=list(deps),
        heads=list(heads),
    )


def actors(doc: Doc) -> list[ActorSpan]:
    return [
        ActorSpan(t.i, t.i + 1, t.i, Entity(COUNTRIES[t.text], t.text, "Country", None))
        for t in doc
        if t.text in COUNTRIES
    ]


HAND = parse_lexicon(
    "verb\tsupply to\tSUPPLIES\tAID\t070\t2\nnoun\tvisit to\tVISITS\tCONSULT\t042\t1"
)
KEEP_TEXT = "preps\tSANCTIONS\tto on\npreps\tSUPPLIES\tto\npreps\tVISITS\tto\n"


@functools.cache
def snippet(coherent: bool = False):
    """The test dictionary of test_cameo_build, compiled (its FREEZE block coherent or not)."""
    from tests.unit.test_cameo_build import DICTIONARY, PLOVER

    text, _ = build.build(
        DICTIONARY, build.read_relation_table(TABLE), build.read_plover_table(PLOVER)
    )
    extra = (
        "pattern\tfreeze\tasset\t\t\t\t163\tSANCTIONS\tfreeze\t90\n"
        "verb\tfly\tairlift\t\t\t073\tSUPPLIES\town\t91\n"
    )
    keep = parse_filter(KEEP_TEXT + ("block\tfreeze\n" if coherent else ""))
    return parse_cameo(text + extra, HAND, keep, light_verbs=frozenset({"make"}))


def cues(text: str, verb_word: str, coherent: bool = False) -> list:
    doc = parse(text)
    verb = next(t for t in doc if t.text == verb_word)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return snippet(coherent).match(verb, objects)


def match(text: str, verb_word: str) -> list[tuple[str, str | None, bool, frozenset[str]]]:
    return [(c.relation, c.prep, c.inverse, c.objects) for c in cues(text, verb_word)]


def test_object_pattern_takes_its_target_from_the_relations_prepositions():
    cues = match("Turkey froze aid to Iraq.", "froze")
    assert ("SANCTIONS", "to", False, frozenset({"aid"})) in cues
    assert all(c[0] == "SANCTIONS" and c[1] in ("to", None) for c in cues)


def test_object_pattern_owner_reading():
    # "on" is a SANCTIONS preposition but absent: only the owner reading is left
    cues = match("Turkey froze Iran 's assets.", "froze")
    assert cues == [("SANCTIONS", None, False, frozenset())]


def test_passive_subject_is_the_object():
    assert ("SANCTIONS", "to", False, frozenset({"aid"})) in match(
        "Aid to Iraq was frozen by Turkey.", "frozen"
    )


def test_modifiers_must_modify_the_object_and_irregular_forms_find_the_verb():
    assert match("Turkey froze the bank accounts.", "froze")  # lemma "froze" -> freeze
    assert match("Turkey froze the accounts.", "froze") == []


def test_blocker_pattern_gives_no_cue():
    assert match("Turkey froze a statement.", "froze") == []


def test_pattern_without_object_holds_for_the_verbs_its_comment_names():
    assert match("Egypt flew to Sudan.", "flew") == [("VISITS", "to", False, frozenset())]
    # "* (TO)" was written for FLY, not for AIRLIFT: airlift keeps its own code
    cues = match("Egypt airlifted medicine to Sudan.", "airlifted")
    assert cues and {c[0] for c in cues} == {"SUPPLIES"}


def test_object_pattern_holds_for_its_verbs_or_a_coherent_block():
    # FREEZE * AID [162] was written for "freeze": "block" keeps its own code (163) ...
    assert {c.cameo for c in cues("Turkey blocked aid to Iraq.", "blocked")} == {"163"}
    # ... unless the filter calls the block coherent
    found = cues("Turkey blocked aid to Iraq.", "blocked", coherent=True)
    assert {c.cameo for c in found} == {"162"}


def test_source_phrase_makes_an_inverse_cue():
    cues = match("Egypt airlifted protests from Sudan.", "airlifted")
    assert cues == [("CRITICIZES", "from", True, frozenset({"protest"}))]


def test_particle_verbs_need_their_particle():
    assert [c[0] for c in match("Britain handed the suspects over.", "handed")][:1] == [
        "CONCEDES_TO"
    ]
    assert match("Britain handed the suspects.", "handed") == []


def test_noun_key_singular_forms():
    assert noun_key("Sanctions") == noun_key("sanction") == "sanction"
    assert noun_key("supplies") == "supply" and noun_key("crisis") == "crisis"


def test_filter_errors_name_the_line():
    with pytest.raises(KgraphError, match=r"f.tsv:2: unknown row kind 'verbs'"):
        parse_filter("# c\nverbs\tgo\n", "f.tsv")
    with pytest.raises(KgraphError, match=r"f.tsv:1: unknown relation 'HUGS'"):
        parse_filter("preps\tHUGS\twith\n", "f.tsv")
    with pytest.raises(KgraphError, match=r"f.tsv:1: line numbers expected"):
        parse_filter("line\t12 x\n", "f.tsv")


def test_unreadable_lexicon_row_names_its_line():
    with pytest.raises(KgraphError, match=r"cameo_verbs.tsv:2: unreadable row"):
        parse_cameo("# header\nverb\ttoo\tfew\n")


def test_packaged_cameo_lexicon_loads_with_the_hand_lexicon():
    lexicon = load_lexicon()
    cameo = lexicon.cameo
    assert cameo is not None and len(cameo) > 1000
    assert cameo.forms["froze"] == "freeze"
    for relation, preps in cameo.target_preps.items():
        assert relation in RELATIONS and "by" not in preps
    keep = load_filter()
    assert "discuss" in keep.alone and "physical_conflict" in keep.blocks


def test_packaged_cues_agree_with_the_ontology():
    cameo = load_lexicon().cameo
    assert cameo is not None
    seen = 0
    for entries in cameo.compile_all().values():
        for entry in entries:
            by_object = entry.block.by_object.values()
            patterns = [*entry.block.plain, *(p for ps in by_object for p in ps)]
            for pattern in patterns:
                if pattern.relation == "-":
                    continue
                seen += 1
                rel = RELATIONS[pattern.relation]
                assert not rel.structural and pattern.cameo[:2].isdigit(), pattern
    assert seen > 1000


def _triples(text: str) -> set[tuple[str, str, str, str | None, str]]:
    doc = parse(text)
    found = extract_relations(doc, actors(doc), Document("d", text))
    return {(t.subject.id, t.relation, t.object.id, t.cameo, t.rule) for t in found}


def test_extraction_reads_packaged_cameo_cues_like_hand_cues():
    assert ("TUR", "SANCTIONS", "IRQ", "162", "prep-object") in _triples(
        "Turkey froze aid to Iraq."
    )
    assert ("TUR", "SANCTIONS", "IRN", "163", "active-svo") in _triples(
        "Turkey froze Iran 's assets."
    )
    assert ("TUR", "SANCTIONS", "IRQ", "162", "passive-agent") in _triples(
        "Aid to Iraq was frozen by Turkey."
    )


def test_hand_lexicon_cues_come_first_and_win():
    doc = parse("Egypt flew to Sudan.")
    ctx = rules_verbal.SentenceContext(doc, doc[:], load_lexicon(), {}, [], 0)
    cues = rules_verbal.verb_cues(ctx, doc[1])
    hand = load_lexicon().verbs["fly"]
    assert cues[: len(hand)] == hand and len(cues) > len(hand)  # CAMEO's "fly (to)" after
    assert {c.relation for c in cues[len(hand) :]} == {"OFFERS"}  # FLY * (TO) is 036 there
    found = _triples("Egypt flew to Sudan.")
    assert {(s, r, o) for s, r, o, _, _ in found} == {("EGY", "VISITS", "SDN")}


def test_packaged_lexicon_finds_a_regular_form_the_lemmatiser_missed():
    doc = parse("Iraq rearrested Iran 's envoy.")
    cameo = load_lexicon().cameo
    assert cameo is not None and [e.lemma for e in cameo.entries(doc[1])] == ["rearrest"]
    assert ("IRQ", "COERCES", "IRN:GOV", "173", "active-svo") in _triples(
        "Iraq rearrested Iran 's envoy."
    )
