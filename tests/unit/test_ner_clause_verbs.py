"""A model entity run over a clause ("Kiir fired Malong" as one name) is cut at the clause's
verb: the names on either side stay names, the verb and what is glued to it go."""

from __future__ import annotations

from spacy.tokens import Doc

from kgraph.resolve.ner import ner_spans
from tests.unit.test_entities import english_vocab

# word, head, dep, tag, entity IOB
Row = tuple[str, int, str, str, str]


def _doc(rows: list[Row], spaces: list[bool] | None = None) -> Doc:
    return Doc(
        english_vocab(),
        words=[r[0] for r in rows],
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        ents=[r[4] for r in rows],
    )


def test_a_name_run_over_a_verb_with_its_subject_is_two_names() -> None:
    # "Ruto dismissed Obure ." with one ORG over all three words
    doc = _doc(
        [
            ("Ruto", 1, "nsubj", "NNP", "B-ORG"),
            ("dismissed", 1, "ROOT", "VBD", "I-ORG"),
            ("Obure", 1, "dobj", "NNP", "I-ORG"),
            (".", 1, "punct", ".", "O"),
        ]
    )
    assert [s.text for s in ner_spans(doc, frozenset())] == ["Ruto", "Obure"]


def test_a_hyphenated_verb_goes_whole() -> None:
    # "Merkel re-opens talks ." with "Merkel re-opens" taken as a person
    doc = _doc(
        [
            ("Merkel", 3, "nsubj", "NNP", "B-PERSON"),
            ("re", 3, "advmod", "AFX", "I-PERSON"),
            ("-", 3, "punct", "HYPH", "I-PERSON"),
            ("opens", 3, "ROOT", "VBZ", "I-PERSON"),
            ("talks", 3, "dobj", "NNS", "O"),
            (".", 3, "punct", ".", "O"),
        ],
        spaces=[True, False, False, True, False, False],
    )
    assert [s.text for s in ner_spans(doc, frozenset())] == ["Merkel"]


def test_a_verb_without_a_subject_of_its_own_stays_in_the_name() -> None:
    # "Friends United Meet ." (an organisation's name; "Meet" is no clause's verb here, and
    # a lower-case finite verb with no subject is left to the name too)
    doc = _doc(
        [
            ("Friends", 2, "compound", "NNP", "B-ORG"),
            ("united", 2, "amod", "VBD", "I-ORG"),
            ("Meet", 3, "nsubj", "NNP", "I-ORG"),
            ("protested", 3, "ROOT", "VBD", "O"),
            (".", 3, "punct", ".", "O"),
        ]
    )
    assert [s.text for s in ner_spans(doc, frozenset())] == ["Friends united Meet"]


def test_two_people_run_into_one_organisation_are_two_people() -> None:
    # "Dalton Pryce and Morgan Whitlock of the committee wrote ." with one ORG over the
    # names, "and" and "of"
    doc = _doc(
        [
            ("Dalton", 1, "compound", "NNP", "B-ORG"),
            ("Pryce", 9, "nsubj", "NNP", "I-ORG"),
            ("and", 1, "cc", "CC", "I-ORG"),
            ("Morgan", 4, "compound", "NNP", "I-ORG"),
            ("Whitlock", 1, "conj", "NNP", "I-ORG"),
            ("of", 4, "prep", "IN", "I-ORG"),
            ("the", 7, "det", "DT", "O"),
            ("committee", 5, "pobj", "NN", "O"),
            ("wrote", 8, "ROOT", "VBD", "O"),
            (".", 8, "punct", ".", "O"),
        ]
    )
    spans = ner_spans(doc, frozenset())
    assert [(s.text, s.label_) for s in spans] == [
        ("Dalton Pryce", "PERSON"),
        ("Morgan Whitlock", "PERSON"),
    ]


def test_a_company_of_two_surnames_stays_one_name() -> None:
    # "Johnson and Johnson sued ." / "Sao Tome and Principe": one word on a side, one name
    doc = _doc(
        [
            ("Johnson", 3, "nsubj", "NNP", "B-ORG"),
            ("and", 0, "cc", "CC", "I-ORG"),
            ("Johnson", 0, "conj", "NNP", "I-ORG"),
            ("sued", 3, "ROOT", "VBD", "O"),
            (".", 3, "punct", ".", "O"),
        ]
    )
    assert [s.text for s in ner_spans(doc, frozenset())] == ["Johnson and Johnson"]


def test_a_person_entity_over_two_coordinated_names_is_two_names() -> None:
    # "critical of George W. and Jeb ." with one PERSON over both names
    doc = _doc(
        [
            ("critical", 0, "ROOT", "JJ", "O"),
            ("of", 0, "prep", "IN", "O"),
            ("George", 3, "compound", "NNP", "B-PERSON"),
            ("W.", 1, "pobj", "NNP", "I-PERSON"),
            ("and", 3, "cc", "CC", "I-PERSON"),
            ("Jeb", 3, "conj", "NNP", "I-PERSON"),
            (".", 0, "punct", ".", "O"),
        ]
    )
    assert [s.text for s in ner_spans(doc, frozenset())] == ["George W.", "Jeb"]
