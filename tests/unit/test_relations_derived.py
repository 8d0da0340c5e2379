"""Derived statements on real-news shapes: stated intents, accusations, past titles."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kgraph.extract.relations import extract_relations
from kgraph.extract.spans import ActorSpan
from kgraph.model import Document, Entity, Triple
from tests.unit.test_relations_parses import _vocab, actors

Row = tuple[str, str, str, str, str, int]

ROWS: dict[str, list[Row]] = {
    "said_future": [
        ("China", "China", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("it", "it", "PRON", "PRP", "nsubj", 4),
        ("will", "will", "AUX", "MD", "aux", 4),
        ("impose", "impose", "VERB", "VB", "ccomp", 1),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 4),
        ("on", "on", "ADP", "IN", "prep", 4),
        ("Japan", "Japan", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "scheduled": [
        ("Iran", "Iran", "PROPN", "NNP", "nsubjpass", 2),
        ("is", "be", "AUX", "VBZ", "auxpass", 2),
        ("scheduled", "schedule", "VERB", "VBN", "ROOT", 2),
        ("to", "to", "PART", "TO", "aux", 4),
        ("meet", "meet", "VERB", "VB", "xcomp", 2),
        ("the", "the", "DET", "DT", "det", 7),
        ("United", "United", "PROPN", "NNP", "compound", 7),
        ("States", "States", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ],
    "will_meet": [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
        ("will", "will", "AUX", "MD", "aux", 2),
        ("meet", "meet", "VERB", "VB", "ROOT", 2),
        ("Syria", "Syria", "PROPN", "NNP", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ],
    "speaker_said": [
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
        ("attacked", "attack", "VERB", "VBD", "ccomp", 1),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "said_not": [
        ("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 5),
        ("did", "do", "AUX", "VBD", "aux", 5),
        ("not", "not", "PART", "RB", "neg", 5),
        ("attack", "attack", "VERB", "VB", "ccomp", 1),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ],
    "former": [
        ("Former", "former", "ADJ", "JJ", "amod", 2),
        ("Venezuelan", "venezuelan", "ADJ", "JJ", "amod", 2),
        ("President", "President", "PROPN", "NNP", "compound", 4),
        ("Nicolas", "Nicolas", "PROPN", "NNP", "compound", 4),
        ("Maduro", "Maduro", "PROPN", "NNP", "nsubj", 5),
        ("met", "meet", "VERB", "VBD", "ROOT", 5),
        ("Putin", "Putin", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ],
}
VEN = Entity("VEN", "Venezuela", "Country", "VEN")


def _doc(name: str) -> Doc:
    words, lemmas, pos, tags, deps, heads = zip(*ROWS[name], strict=True)
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
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


def _extract(doc: Doc, spans: list[ActorSpan]) -> list[Triple]:
    return extract_relations(doc, spans, Document(id="x", text=doc.text, date="2019-09-25"))


def _derived(doc: Doc, spans: list[ActorSpan], rule: str) -> list[tuple[str, str, str]]:
    return [(t.subject.id, t.relation, t.object.id) for t in _extract(doc, spans) if t.rule == rule]


def _speaker(entity: Entity) -> ActorSpan:
    return ActorSpan(0, 1, 0, entity)


def test_derived_announced_future_sanction_is_a_threat():
    doc = _doc("said_future")
    triples = _extract(doc, actors(doc))
    (warn,) = [t for t in triples if t.rule == "stated-intent"]
    assert (warn.subject.id, warn.relation, warn.object.id) == ("CHN", "WARNS", "JPN")
    sanction = next(t for t in triples if t.relation == "SANCTIONS")
    assert sanction.modality == "hypothetical" and warn.confidence < sanction.confidence


def test_derived_scheduled_meeting_is_an_intent_to_meet():
    # NEWS-DEV codes a scheduled meeting as 036 from the one who will meet; the meeting itself
    # stays hypothetical
    doc = _doc("scheduled")
    triples = _extract(doc, actors(doc))
    assert sorted((t.relation, t.modality) for t in triples) == [
        ("MEETS", "hypothetical"),
        ("OFFERS", "asserted"),
    ]


def test_derived_bare_future_meeting_is_no_offer():
    doc = _doc("will_meet")
    assert _derived(doc, actors(doc), "stated-intent") == []


def test_derived_unknown_speaker_reports_without_accusing():
    # an analyst (a person with no country or title) only reports the attack
    doc = _doc("speaker_said")
    analyst = Entity("person:john-smith", "John Smith", "Person", None)
    spans = [_speaker(analyst), *actors(doc)]
    assert _derived(doc, spans, "reported-accusation") == []


def test_derived_titled_speaker_accuses():
    doc = _doc("speaker_said")
    minister = Entity("person:john-smith", "John Smith", "Person", "CUB", roles=("Minister",))
    spans = [_speaker(minister), *actors(doc)]
    assert _derived(doc, spans, "reported-accusation") == [
        ("person:john-smith", "CRITICIZES", "RUS")
    ]


def test_derived_media_speaker_reports_without_accusing():
    doc = _doc("speaker_said")
    media = Entity("CUB:MED", "Cuban media", "Group", "CUB")
    assert _derived(doc, [_speaker(media), *actors(doc)], "reported-accusation") == []


def test_derived_negated_attack_accuses_nobody():
    doc = _doc("said_not")
    triples = _extract(doc, actors(doc))
    assert [(t.relation, t.negated) for t in triples] == [("ATTACKS", True)]


def test_derived_former_title_makes_no_leader():
    doc = _doc("former")
    maduro = next(a for a in actors(doc) if a.entity.id == "person:nicolas-maduro")
    spans = [replace(maduro, start=3, role="President", leader_of=VEN)]
    assert not any(t.relation == "LEADER_OF" for t in _extract(doc, spans))


def test_derived_lower_case_name_makes_no_leader():
    # "the president s foolish remarks": a lost apostrophe, "s" is no name
    doc = _doc("former")
    wrong = ActorSpan(1, 2, 1, Entity("person:s", "s", "Person", None), "President", VEN)
    words = [t.text for t in doc]
    words[1] = "s"
    lower = Doc(
        doc.vocab,
        words=words,
        spaces=[t.whitespace_ == " " for t in doc],
        deps=[t.dep_ for t in doc],
        heads=[t.head.i for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
    )
    assert not any(t.relation == "LEADER_OF" for t in _extract(lower, [wrong]))
