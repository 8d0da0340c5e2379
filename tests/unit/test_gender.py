from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from kgraph.extract.spans import ActorSpan
from kgraph.model import Entity
from kgraph.resolve import gender


def _doc(words: list[str], pos: list[str]) -> Doc:
    """One sentence, every word hanging on its verb."""
    verb = pos.index("VERB")
    deps = ["ROOT" if i == verb else "dep" for i in range(len(words))]
    return Doc(English().vocab, words=words, pos=pos, deps=deps, heads=[verb] * len(words))


def test_table_reads_names_full_names_and_titles():
    data = gender.table()
    assert data["given"]["angela"] == "f"
    assert data["given"]["vladimir"] == "m"
    assert data["full"]["tsai ing-wen"] == "f"
    assert data["title"]["spokeswoman"] == "f"
    assert "andrea" not in data["given"]  # a name of both genders is left out


def test_name_gender_from_given_name_full_name_and_roles():
    assert gender.name_gender("Angela Merkel") == "f"
    assert gender.name_gender("Vladimir Putin") == "m"
    assert gender.name_gender("Tsai Ing-wen") == "f"
    assert gender.name_gender("Okafor") is None
    assert gender.name_gender("Okafor", ("Queen",)) == "f"
    # signs that disagree tell nothing
    assert gender.name_gender("Angela Okafor", ("King",)) is None


def test_name_gender_of_every_leader_of_the_gazetteer_is_known():
    # "she battled Sanders" after "Obama endorsed Hillary Clinton": not Obama
    from kgraph.resolve import gazetteer as gz

    unknown = {r.name for r in gz.load().leaders if gender.name_gender(r.name) is None}
    assert not unknown


def test_pronoun_gender():
    assert gender.pronoun_gender("his") == "m"
    assert gender.pronoun_gender("her") == "f"
    assert gender.pronoun_gender("they") is None


def test_title_before_a_mention_tells_the_gender():
    doc = _doc(["Mrs.", "Okafor", "left", "."], ["PROPN", "PROPN", "VERB", "PUNCT"])
    okafor = Entity("person:okafor", "Okafor", "Person")
    span = ActorSpan(1, 2, 1, okafor)
    assert gender.person_gender(okafor, doc, [span]) == "f"
    assert not gender.fits(okafor, "his", doc, [span])
    assert gender.fits(okafor, "her", doc, [span])


def test_unknown_gender_and_non_persons_fit_every_pronoun():
    doc = _doc(["Okafor", "left", "."], ["PROPN", "VERB", "PUNCT"])
    okafor = Entity("person:okafor", "Okafor", "Person")
    span = ActorSpan(0, 1, 0, okafor)
    assert gender.fits(okafor, "he", doc, [span]) and gender.fits(okafor, "she", doc, [span])
    assert gender.fits(Entity("RUS", "Russia", "Country"), "her", doc, [])
