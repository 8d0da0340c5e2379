"""Actor resolution rules on hand-built parses (no statistical model)."""

from __future__ import annotations

import functools

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kgraph.extract.entities import dateline_tokens, find_actors, mention_head
from kgraph.extract.spans import ActorSpan


@functools.cache
def english_vocab() -> Vocab:
    """The English vocabulary with its lexical attributes (lower case, shape): no model."""
    return English().vocab


def parsed(rows: list[tuple], spaces: list[bool] | None = None) -> Doc:
    """A Doc from (word, head index, dep, pos, lemma, ent IOB tag) rows."""
    words = [r[0] for r in rows]
    return Doc(
        english_vocab(),
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        ents=[r[5] for r in rows],
    )


def actors(doc: Doc) -> dict[str, ActorSpan]:
    return {doc[a.start : a.end].text: a for a in find_actors(doc, "t")}


def ids(doc: Doc) -> dict[str, str]:
    return {text: a.entity.id for text, a in actors(doc).items()}


def test_entities_capital_as_subject_is_country() -> None:
    # "Moscow said ."
    doc = parsed(
        [
            ("Moscow", 1, "nsubj", "PROPN", "Moscow", "B-GPE"),
            ("said", 1, "ROOT", "VERB", "say", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["Moscow"]
    assert (found.entity.id, found.is_place) == ("RUS", False)


@pytest.mark.parametrize(
    ("verb", "lemma"), [("left", "leave"), ("reached", "reach"), ("entered", "enter")]
)
def test_entities_capital_as_object_of_motion_verb_is_place(verb: str, lemma: str) -> None:
    # "The plane left Moscow ."
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "O"),
            ("plane", 2, "nsubj", "NOUN", "plane", "O"),
            (verb, 2, "ROOT", "VERB", lemma, "O"),
            ("Moscow", 2, "dobj", "PROPN", "Moscow", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["Moscow"]
    assert (found.entity.id, found.entity.country, found.is_place) == ("loc:moscow", "RUS", True)


def test_entities_capital_as_object_of_other_verb_is_country() -> None:
    # "Washington warned Beijing ."
    doc = parsed(
        [
            ("Washington", 1, "nsubj", "PROPN", "Washington", "B-GPE"),
            ("warned", 1, "ROOT", "VERB", "warn", "O"),
            ("Beijing", 1, "dobj", "PROPN", "Beijing", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert ids(doc) == {"Washington": "USA", "Beijing": "CHN"}


def _in_place(name: str) -> Doc:
    # "Talks were held in <name> ."
    return parsed(
        [
            ("Talks", 2, "nsubjpass", "NOUN", "talk", "O"),
            ("were", 2, "auxpass", "AUX", "be", "O"),
            ("held", 2, "ROOT", "VERB", "hold", "O"),
            ("in", 2, "prep", "ADP", "in", "O"),
            (name, 3, "pobj", "PROPN", name, "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_entities_capital_after_locative_preposition_is_place() -> None:
    found = actors(_in_place("Caracas"))["Caracas"]
    assert (found.entity.id, found.entity.country, found.is_place) == ("loc:caracas", "VEN", True)


def test_entities_country_is_country_even_as_place() -> None:
    found = actors(_in_place("Barbados"))["Barbados"]
    assert (found.entity.id, found.entity.kind) == ("BRB", "Country")


def test_entities_seat_of_power_acting_is_government() -> None:
    # "The Kremlin denied it ."
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "O"),
            ("Kremlin", 2, "nsubj", "PROPN", "Kremlin", "B-ORG"),
            ("denied", 2, "ROOT", "VERB", "deny", "O"),
            ("it", 2, "dobj", "PRON", "it", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["The Kremlin"]
    assert (found.entity.id, found.entity.kind, found.head) == ("RUS:GOV", "Group", 1)


def _group_doc(first: str, second: str, third: str) -> Doc:
    # "<first> <second> <third> arrived ."  e.g. "Russian military specialists arrived ."
    return parsed(
        [
            (first, 2, "amod", "ADJ", first, "B-NORP"),
            (second, 2, "amod", "ADJ", second, "O"),
            (third, 3, "nsubj", "NOUN", third, "O"),
            ("arrived", 3, "ROOT", "VERB", "arrive", "O"),
            (".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_entities_demonym_and_sector_phrase_is_group() -> None:
    doc = _group_doc("Russian", "military", "specialists")
    found = actors(doc)["Russian military specialists"]
    assert (found.entity.id, found.entity.name, found.head) == ("RUS:MIL", "Russian military", 2)


def test_entities_sector_adjective_on_other_noun_is_only_nationality() -> None:
    doc = _group_doc("Russian", "military", "hardware")
    assert ids(doc) == {"Russian": "RUS"}


def test_entities_possessive_country_sector_is_group() -> None:
    # "Myanmar 's military seized power ."
    doc = parsed(
        [
            ("Myanmar", 2, "poss", "PROPN", "Myanmar", "B-GPE"),
            ("'s", 0, "case", "PART", "'s", "O"),
            ("military", 3, "nsubj", "NOUN", "military", "O"),
            ("seized", 3, "ROOT", "VERB", "seize", "O"),
            ("power", 3, "dobj", "NOUN", "power", "O"),
        ],
        spaces=[False, True, True, True, False],
    )
    assert ids(doc) == {"Myanmar's military": "MMR:MIL"}


def test_entities_country_led_coalition_is_military() -> None:
    # "Saudi - led coalition struck ."
    doc = parsed(
        [
            ("Saudi", 2, "npadvmod", "PROPN", "Saudi", "B-NORP"),
            ("-", 2, "punct", "PUNCT", "-", "O"),
            ("led", 3, "amod", "VERB", "lead", "O"),
            ("coalition", 4, "nsubj", "NOUN", "coalition", "O"),
            ("struck", 4, "ROOT", "VERB", "strike", "O"),
        ],
        spaces=[False, False, True, True, False],
    )
    assert ids(doc) == {"Saudi-led coalition": "SAU:MIL"}


def _president_doc() -> Doc:
    # "Venezuelan President Nicolas Maduro met Putin ."
    return parsed(
        [
            ("Venezuelan", 3, "amod", "ADJ", "venezuelan", "B-NORP"),
            ("President", 3, "compound", "PROPN", "President", "O"),
            ("Nicolas", 3, "compound", "PROPN", "Nicolas", "B-PERSON"),
            ("Maduro", 4, "nsubj", "PROPN", "Maduro", "I-PERSON"),
            ("met", 4, "ROOT", "VERB", "meet", "O"),
            ("Putin", 4, "dobj", "PROPN", "Putin", "B-PERSON"),
            (".", 4, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_entities_title_and_demonym_make_leader() -> None:
    found = actors(_president_doc())
    maduro = found["Nicolas Maduro"]
    assert maduro.entity.id == "person:nicolas-maduro"
    assert (maduro.entity.country, maduro.role) == ("VEN", "President")
    assert maduro.leader_of is not None and maduro.leader_of.id == "VEN"
    assert found["Venezuelan"].entity.id == "VEN"


def test_entities_bare_surname_resolves_through_leaders_table() -> None:
    putin = actors(_president_doc())["Putin"]
    assert (putin.entity.id, putin.entity.country, putin.role) == (
        "person:vladimir-putin",
        "RUS",
        None,
    )


def test_entities_opposition_leader_leads_opposition_group() -> None:
    # "Venezuelan opposition leader Juan Guaido said ."
    doc = parsed(
        [
            ("Venezuelan", 2, "amod", "ADJ", "venezuelan", "B-NORP"),
            ("opposition", 2, "compound", "NOUN", "opposition", "O"),
            ("leader", 4, "compound", "NOUN", "leader", "O"),
            ("Juan", 4, "compound", "PROPN", "Juan", "B-PERSON"),
            ("Guaido", 5, "nsubj", "PROPN", "Guaido", "I-PERSON"),
            ("said", 5, "ROOT", "VERB", "say", "O"),
            (".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)
    assert found["Venezuelan opposition"].entity.id == "VEN:OPP"
    guaido = found["Juan Guaido"]
    assert guaido.role == "Leader"
    assert guaido.leader_of is not None and guaido.leader_of.id == "VEN:OPP"


def test_entities_appositive_counterpart_takes_nationality() -> None:
    # "Maduro met his Russian counterpart , Vladimir Ivanov ."  (a name not in the table)
    doc = parsed(
        [
            ("Maduro", 1, "nsubj", "PROPN", "Maduro", "B-PERSON"),
            ("met", 1, "ROOT", "VERB", "meet", "O"),
            ("his", 4, "poss", "PRON", "his", "O"),
            ("Russian", 4, "amod", "ADJ", "russian", "B-NORP"),
            ("counterpart", 1, "dobj", "NOUN", "counterpart", "O"),
            (",", 4, "punct", "PUNCT", ",", "O"),
            ("Vladimir", 7, "compound", "PROPN", "Vladimir", "B-PERSON"),
            ("Ivanov", 4, "appos", "PROPN", "Ivanov", "I-PERSON"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    ivanov = actors(doc)["Vladimir Ivanov"]
    assert (ivanov.entity.id, ivanov.entity.country) == ("person:vladimir-ivanov", "RUS")


def test_entities_surname_government_is_country_government() -> None:
    # "Nicolas Maduro spoke . The Maduro administration withdrew ."
    doc = parsed(
        [
            ("Nicolas", 1, "compound", "PROPN", "Nicolas", "B-PERSON"),
            ("Maduro", 2, "nsubj", "PROPN", "Maduro", "I-PERSON"),
            ("spoke", 2, "ROOT", "VERB", "speak", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
            ("The", 6, "det", "DET", "the", "O"),
            ("Maduro", 6, "compound", "PROPN", "Maduro", "B-PERSON"),
            ("administration", 7, "nsubj", "NOUN", "administration", "O"),
            ("withdrew", 7, "ROOT", "VERB", "withdraw", "O"),
            (".", 7, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)
    assert found["The Maduro administration"].entity.id == "VEN:GOV"
    assert found["The Maduro administration"].head == 6


def test_entities_bare_group_takes_conjunct_country() -> None:
    # "Putin backed talks between Venezuela 's government and the opposition ."
    doc = parsed(
        [
            ("Putin", 1, "nsubj", "PROPN", "Putin", "B-PERSON"),
            ("backed", 1, "ROOT", "VERB", "back", "O"),
            ("talks", 1, "dobj", "NOUN", "talk", "O"),
            ("between", 2, "prep", "ADP", "between", "O"),
            ("Venezuela", 6, "poss", "PROPN", "Venezuela", "B-GPE"),
            ("'s", 4, "case", "PART", "'s", "O"),
            ("government", 3, "pobj", "NOUN", "government", "O"),
            ("and", 6, "cc", "CCONJ", "and", "O"),
            ("the", 9, "det", "DET", "the", "O"),
            ("opposition", 6, "conj", "NOUN", "opposition", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ],
        spaces=[True, True, True, True, False, True, True, True, True, False, False],
    )
    found = ids(doc)
    assert found["Venezuela's government"] == "VEN:GOV"
    assert found["the opposition"] == "VEN:OPP"


def test_entities_bare_group_without_context_is_skipped() -> None:
    # "The government resigned ."
    doc = parsed(
        [
            ("The", 1, "det", "DET", "the", "O"),
            ("government", 2, "nsubj", "NOUN", "government", "O"),
            ("resigned", 2, "ROOT", "VERB", "resign", "O"),
            (".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert find_actors(doc, "t") == []


def test_entities_dateline_is_not_an_actor() -> None:
    # "MOSCOW / CARACAS – Russia said ."
    doc = parsed(
        [
            ("MOSCOW", 1, "nmod", "PROPN", "MOSCOW", "B-GPE"),
            ("/", 1, "punct", "SYM", "/", "O"),
            ("CARACAS", 5, "nsubj", "PROPN", "CARACAS", "B-GPE"),
            ("\u2013", 5, "punct", "PUNCT", "\u2013", "O"),
            ("Russia", 5, "nsubj", "PROPN", "Russia", "B-GPE"),
            ("said", 5, "ROOT", "VERB", "say", "O"),
        ]
    )
    assert dateline_tokens(doc) == frozenset({0, 1, 2, 3})
    assert ids(doc) == {"Russia": "RUS"}


def test_entities_news_agency_mistyped_as_place_is_organisation() -> None:
    # "Interfax reported ."  with Interfax tagged GPE by the model
    doc = parsed(
        [
            ("Interfax", 1, "nsubj", "PROPN", "Interfax", "B-GPE"),
            ("reported", 1, "ROOT", "VERB", "report", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    found = actors(doc)["Interfax"]
    assert (found.entity.id, found.entity.kind) == ("org:interfax", "Organization")


def test_entities_regional_adjective_is_not_a_demonym() -> None:
    # "the Latin American country"
    doc = parsed(
        [
            ("the", 3, "det", "DET", "the", "O"),
            ("Latin", 2, "amod", "ADJ", "latin", "B-NORP"),
            ("American", 3, "amod", "ADJ", "american", "I-NORP"),
            ("country", 3, "ROOT", "NOUN", "country", "O"),
        ]
    )
    assert find_actors(doc, "t") == []


def test_entities_lowercase_pronoun_is_not_a_country() -> None:
    # "They told us ."
    doc = parsed(
        [
            ("They", 1, "nsubj", "PRON", "they", "O"),
            ("told", 1, "ROOT", "VERB", "tell", "O"),
            ("us", 1, "dobj", "PRON", "we", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert find_actors(doc, "t") == []


def test_entities_named_site_is_location_not_person() -> None:
    # "at Maiquetia airport" with Maiquetia tagged PERSON by the model
    doc = parsed(
        [
            ("Planes", 1, "nsubj", "NOUN", "plane", "O"),
            ("landed", 1, "ROOT", "VERB", "land", "O"),
            ("at", 1, "prep", "ADP", "at", "O"),
            ("Maiquetia", 4, "compound", "PROPN", "Maiquetia", "B-PERSON"),
            ("airport", 2, "pobj", "NOUN", "airport", "O"),
        ]
    )
    found = actors(doc)["Maiquetia airport"]
    assert (found.entity.id, found.entity.kind, found.is_place) == (
        "loc:maiquetia-airport",
        "Location",
        True,
    )


@pytest.mark.parametrize(
    "builder", [_president_doc, lambda: _group_doc("U.S.", "top", "officials")]
)
def test_entities_spans_never_overlap_and_hold_their_head(builder) -> None:
    doc = builder()
    spans = find_actors(doc, "t")
    covered: set[int] = set()
    for span in spans:
        assert span.start <= span.head < span.end
        assert span.head == mention_head(doc, span.start, span.end)
        assert covered.isdisjoint(range(span.start, span.end))
        covered.update(range(span.start, span.end))
    assert spans


@pytest.mark.parametrize("words", [[], ["\n\n"], ["-"], ["THE", "END"]])
def test_entities_degenerate_documents_give_no_actors(words: list[str]) -> None:
    doc = Doc(english_vocab(), words=words)
    assert find_actors(doc, "t") == []


@pytest.mark.parametrize(
    ("verb", "lemma", "particle", "expect"),
    [
        ("lashed", "lash", "out", ("RUS", False)),  # "lashed out at Moscow": the target
        ("hit", "hit", "out", ("RUS", False)),  # "hit out at Moscow"
        ("hit", "hit", None, ("loc:moscow", True)),  # "hit at Moscow": no stand without "out"
        ("arrived", "arrive", None, ("loc:moscow", True)),  # "arrived at Moscow": a place
    ],
)
def test_entities_capital_as_target_of_a_stand_is_country(
    verb: str, lemma: str, particle: str | None, expect: tuple[str, bool]
) -> None:
    # "Ankara lashed out at Moscow ."
    rows = [
        ("Ankara", 1, "nsubj", "PROPN", "Ankara", "B-GPE"),
        (verb, 1, "ROOT", "VERB", lemma, "O"),
    ]
    if particle is not None:
        rows.append((particle, 1, "prt", "ADP", particle, "O"))
    at = len(rows)
    rows += [
        ("at", 1, "prep", "ADP", "at", "O"),
        ("Moscow", at, "pobj", "PROPN", "Moscow", "B-GPE"),
        (".", 1, "punct", "PUNCT", ".", "O"),
    ]
    found = actors(parsed(rows))["Moscow"]
    assert (found.entity.id, found.is_place) == expect
