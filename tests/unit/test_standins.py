"""The stand-ins for surnames that are English words (kgraph.extract.standins), on a blank
pipeline: which tokens are swapped, and that the restored Doc has the original words, text and
user data with the annotations the stand-in was given."""

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kgraph.extract import standins


def _positions(text: str) -> list[str]:
    doc = spacy.blank("en")(text)
    return [doc[i].text + "@" + str(i) for i in standins.name_positions(doc)]


def test_the_table_reads_names_anywhere_and_names_needing_a_given_name():
    table = standins.parse("# c\nsurname\tgiven\nTrump\t*\nMay\tTheresa\nFox\tLiam,Michael\n")
    assert table == {
        "Trump": None,
        "May": frozenset({"Theresa"}),
        "Fox": frozenset({"Liam", "Michael"}),
    }
    assert standins.table()["Trump"] is None


def test_a_name_anywhere_is_swapped_in_every_position_but_not_in_lower_case():
    assert _positions("Trump fired him. He met Trump. A trump card.") == ["Trump@0", "Trump@6"]


def test_a_name_needing_a_given_name_is_swapped_only_in_an_article_naming_the_person():
    assert _positions("May told reporters it was wrong.") == []
    text = "Theresa May spoke. May told reporters in May that since May 5 it was late May."
    assert _positions(text) == ["May@1", "May@4"]  # not a month: "in May", "May 5", "late May"


@Language.component("test_standins_tagger")
def _tag_stand_ins(doc: Doc) -> Doc:
    """A stand-in tagger and parser: the stand-in is a proper noun and the head of its
    sentence, any other word a common noun hung on the sentence's first word."""
    for sent in doc.sents:
        head = next((t for t in sent if t.text == standins.STAND_IN), sent[0])
        for token in sent:
            token.pos_ = "PROPN" if token.text == standins.STAND_IN else "NOUN"
            token.lemma_ = token.lower_
            token.head, token.dep_ = (token, "ROOT") if token == head else (head, "dep")
    return doc


def _nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_standins_tagger")
    nlp.add_pipe("kgraph_standins")
    return nlp


def test_a_sentence_with_such_a_name_is_parsed_again_with_the_stand_in():
    nlp = _nlp()
    text = "Trump  upset China. The trump card won. Trump met Abe."
    doc = nlp.make_doc(text)
    doc.user_data["kgraph_id"] = "d1"
    doc = nlp(doc)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in nlp.make_doc(text)]
    first = [(t.text, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc[:3]]
    assert first == [
        ("Trump", "PROPN", "ROOT", 0, "Trump"),  # its own word and lemma, the stand-in's parse
        (" ", "NOUN", "dep", 0, " "),
        ("upset", "NOUN", "dep", 0, "upset"),
    ]
    assert [s.text for s in doc.sents] == [
        "Trump  upset China.",
        "The trump card won.",
        "Trump met Abe.",
    ]
    card = next(t for t in doc if t.text == "trump")
    assert card.pos_ == "NOUN" and card.head.text == "The"  # its sentence is left alone
    assert doc.user_data == {"kgraph_id": "d1"}


def test_a_doc_without_such_names_passes_through_untouched():
    nlp = _nlp()
    doc = nlp("Russia supplied arms to Venezuela.")
    assert [t.dep_ for t in doc] == ["ROOT"] + ["dep"] * 5
