"""Actor resolution rules of round 9 on token-only or hand-built docs (no statistical model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.resolve.matcher import scan_names
from tests.unit.test_entities import english_vocab


def _scanned(text: str) -> dict[str, str]:
    doc = Doc(english_vocab(), words=text.split())
    return {doc[m.start : m.end].text: str(m.entry["id"]) for m in scan_names(doc)}


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Christie governs New Jersey .", "Jersey"),
        ("Officials in New Mexico said .", "Mexico"),
        ("Police in New South Wales said .", "Wales"),
        ("Voters in New England said .", "England"),
    ],
)
def test_scan_country_name_ending_a_longer_place_name_is_no_match(text: str, inner: str) -> None:
    assert inner not in _scanned(text)


def test_scan_country_name_alone_or_after_another_word_still_matches() -> None:
    assert _scanned("Jersey and Mexico signed a deal with England .") == {
        "Jersey": "JEY",
        "Mexico": "MEX",
        "England": "GBR",
    }
    assert _scanned("The new Mexico policy .")["Mexico"] == "MEX"  # lower-case "new"


def test_backer_modifier_reads_a_participle_with_a_by_agent_after_the_group() -> None:
    from kgraph.resolve.groups import backer_modifier
    from tests.unit.test_entities import parsed

    # "Rebels supported by the United States captured Raqqa ."
    doc = parsed(
        [
            ("Rebels", 6, "nsubj", "NOUN", "rebel", "O"),
            ("supported", 0, "acl", "VERB", "support", "O"),
            ("by", 1, "agent", "ADP", "by", "O"),
            ("the", 5, "det", "DET", "the", "B-GPE"),
            ("United", 5, "compound", "PROPN", "United", "I-GPE"),
            ("States", 2, "pobj", "PROPN", "States", "I-GPE"),
            ("captured", 6, "ROOT", "VERB", "capture", "O"),
            ("Raqqa", 6, "dobj", "PROPN", "Raqqa", "B-GPE"),
            (".", 6, "punct", "PUNCT", ".", "O"),
        ]
    )
    backer = backer_modifier(doc[0])
    assert backer is not None and backer.text == "supported"
    assert backer_modifier(doc[7]) is None


def test_supranational_reads_a_regions_adjective_not_a_demonym() -> None:
    from kgraph.resolve.groups import supranational
    from tests.unit.test_entities import parsed

    # "European authorities and French officials said ."
    doc = parsed(
        [
            ("European", 1, "amod", "ADJ", "european", "B-NORP"),
            ("authorities", 5, "nsubj", "NOUN", "authority", "O"),
            ("and", 1, "cc", "CCONJ", "and", "O"),
            ("French", 4, "amod", "ADJ", "french", "B-NORP"),
            ("officials", 1, "conj", "NOUN", "official", "O"),
            ("said", 5, "ROOT", "VERB", "say", "O"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert supranational(doc[1]) and not supranational(doc[4])


def _criticized(subject: str, obj: str) -> list[tuple]:
    # "<subject> criticized <obj> ."
    return [
        (subject, 1, "nsubj", "PROPN", subject, "B-GPE"),
        ("criticized", 1, "ROOT", "VERB", "criticize", "O"),
        (obj, 1, "dobj", "PROPN", obj, "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]


def _country_warned(as_subject: bool = True) -> list[tuple]:
    # "The country warned Japan ." or "Japan warned the country ."
    if as_subject:
        return [
            ("The", 1, "det", "DET", "the", "O"),
            ("country", 2, "nsubj", "NOUN", "country", "O"),
            ("warned", 2, "ROOT", "VERB", "warn", "O"),
            ("Japan", 2, "dobj", "PROPN", "Japan", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    return [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "B-GPE"),
        ("warned", 1, "ROOT", "VERB", "warn", "O"),
        ("the", 3, "det", "DET", "the", "O"),
        ("country", 1, "dobj", "NOUN", "country", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]


def _joined(*sentences: list[tuple]) -> Doc:
    from tests.unit.test_entities import parsed

    rows: list[tuple] = []
    for sentence in sentences:
        offset = len(rows)
        rows += [(w, h + offset, *rest) for w, h, *rest in sentence]
    doc = parsed(rows)
    for token in doc:
        if token.pos_ == "VERB":
            token.tag_ = "VBD"  # finite past verbs
    return doc


def _described_country(doc: Doc) -> str | None:
    from tests.unit.test_entities import actors

    found = {k.lower(): v for k, v in actors(doc).items()}.get("the country")
    return found.entity.id if found is not None else None


def test_salience_the_country_as_subject_is_the_previous_sentences_subject() -> None:
    # "China criticized Taiwan . The country warned Japan ."
    doc = _joined(_criticized("China", "Taiwan"), _country_warned())
    assert _described_country(doc) == "CHN"


def test_salience_needs_the_description_to_be_a_subject() -> None:
    # "China criticized Taiwan . Japan warned the country ."
    doc = _joined(_criticized("China", "Taiwan"), _country_warned(as_subject=False))
    assert _described_country(doc) is None


def test_salience_two_subjects_in_the_window_make_it_unclear() -> None:
    # "China criticized Taiwan . Russia criticized Ukraine . The country warned Japan ."
    doc = _joined(
        _criticized("China", "Taiwan"), _criticized("Russia", "Ukraine"), _country_warned()
    )
    assert _described_country(doc) is None


def test_salience_a_reported_clause_makes_it_unclear() -> None:
    # "Officials said China criticized Taiwan . The country warned Japan ."
    said = [
        ("Officials", 1, "nsubj", "NOUN", "official", "O"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        ("China", 3, "nsubj", "PROPN", "China", "B-GPE"),
        ("criticized", 1, "ccomp", "VERB", "criticize", "O"),
        ("Taiwan", 3, "dobj", "PROPN", "Taiwan", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    assert _described_country(_joined(said, _country_warned())) is None


def test_salience_skips_a_sentence_with_no_finite_main_verb() -> None:
    # "China criticized Taiwan . Russia leaving Ukraine . The country warned Japan ."
    fragment = [
        ("Russia", 1, "nsubj", "PROPN", "Russia", "B-GPE"),
        ("leaving", 1, "ROOT", "VERB", "leave", "O"),
        ("Ukraine", 1, "dobj", "PROPN", "Ukraine", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    doc = _joined(_criticized("China", "Taiwan"), fragment, _country_warned())
    doc[5].tag_ = "VBG"
    assert _described_country(doc) == "CHN"


def test_salience_needs_the_description_to_be_its_main_clauses_subject() -> None:
    # "China criticized Taiwan . Officials said the country warned Japan ."
    said = [
        ("Officials", 1, "nsubj", "NOUN", "official", "O"),
        ("said", 1, "ROOT", "VERB", "say", "O"),
        ("the", 3, "det", "DET", "the", "O"),
        ("country", 4, "nsubj", "NOUN", "country", "O"),
        ("warned", 1, "ccomp", "VERB", "warn", "O"),
        ("Japan", 4, "dobj", "PROPN", "Japan", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    assert _described_country(_joined(_criticized("China", "Taiwan"), said)) is None


def test_untyped_people_reads_a_known_full_name_outside_every_entity() -> None:
    from kgraph.resolve.person_spans import untyped_people
    from tests.unit.test_entities import parsed

    # "Reince Priebus met Jim Smith ." with no entity at all
    doc = parsed(
        [
            ("Reince", 1, "compound", "PROPN", "Reince", "O"),
            ("Priebus", 2, "nsubj", "PROPN", "Priebus", "O"),
            ("met", 2, "ROOT", "VERB", "meet", "O"),
            ("Jim", 4, "compound", "PROPN", "Jim", "O"),
            ("Smith", 2, "dobj", "PROPN", "Smith", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = untyped_people(doc, [], frozenset())
    assert [(s.text, s.label_) for s in found] == [("Reince Priebus", "PERSON")]
    assert untyped_people(doc, [doc[0:2]], frozenset()) == []  # already an entity
