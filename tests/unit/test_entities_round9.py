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
