"""The rule lemmatizer with its word lists as sets gives spaCy's own lemmas."""

from __future__ import annotations

import random

import pytest
import spacy

from kgraph.extract.model_tuning import hashed_lemma_index
from kgraph.extract.nlp import load_nlp, model_name
from tests.integration.synthetic import article, news_bench_texts

pytestmark = pytest.mark.integration


def test_the_pipelines_lemma_index_is_sets():
    table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(forms, frozenset) for forms in table.values())


def test_lemmas_with_the_sets_are_spacys():
    plain = spacy.load(model_name())
    hashed = spacy.load(model_name())
    assert hashed_lemma_index(hashed)
    rng = random.Random(11)
    texts = [article(rng, 2) for _ in range(12)] + news_bench_texts(300)
    texts.append("The ministers were meeting; talks broke down, said officials, who'd agreed.")
    lemmas = 0
    for a, b in zip(plain.pipe(texts), hashed.pipe(texts), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        lemmas += len(a)
    assert lemmas > 500


def test_a_pipeline_without_a_lemmatizer_is_left_alone():
    assert not hashed_lemma_index(spacy.blank("en"))


def test_shadowing_forms_leave_a_hashed_index_hashed() -> None:
    # tune_lemmas after hashed_lemma_index keeps the sets (a list is a scan per lookup)
    import spacy

    from kgraph.extract.lemma_tuning import tune_lemmas
    from kgraph.extract.model_tuning import hashed_lemma_index, lemma_index
    from kgraph.extract.nlp import model_name

    nlp = spacy.load(model_name())
    assert hashed_lemma_index(nlp) and tune_lemmas(nlp)
    index = lemma_index(nlp)
    assert isinstance(index["verb"], frozenset) and "hop" not in index["verb"]
    assert nlp("Japan hoped to improve ties.")[1].lemma_ == "hope"


# lemma26 (scripts/audit_lemmas.py): inflections of cue verbs a shorter known base shadowed
@pytest.mark.parametrize(
    ("text", "index", "lemma"),
    [
        ("The European Union fined Google on Tuesday.", 3, "fine"),
        ("Regulators are fining the bank.", 2, "fine"),
        ("Students staged a protest in Kiev.", 1, "stage"),
        ("Opposition groups are staging protests.", 3, "stage"),
        ("Russia waged war on Ukraine.", 1, "wage"),
        ("The rebels are waging a campaign.", 3, "wage"),
        ("Obama dined with Xi Jinping.", 1, "dine"),
        ("Soldiers raped two women, police said.", 1, "rape"),
        ("Trump lambasted Merkel on Tuesday.", 1, "lambaste"),
        ("The minister sniped at Berlin.", 2, "snipe"),
        ("The troops spared the village.", 2, "spare"),
        ("He rides a horse.", 1, "ride"),
        ("The police caned the protesters.", 2, "cane"),
        ("They bided their time.", 1, "bide"),
    ],
)
def test_shadowed_cue_verbs_get_their_lemma(text: str, index: int, lemma: str) -> None:
    token = load_nlp()(text)[index]
    assert token.pos_ == "VERB" and token.lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "index", "lemma"),
    [
        ("China is bidding for the contract.", 2, "bid"),
        ("The company bids for the contract.", 2, "bid"),
        ("The two leaders sparred over trade.", 3, "spar"),
        ("The ministers are sparring over trade.", 3, "spar"),
        ("He rapped the table.", 1, "rap"),
        ("The dog wagged its tail.", 2, "wag"),
        ("They snipped the wire.", 1, "snip"),
        ("The fins of the fish were red.", 1, "fin"),
        ("Washington wants to rid the region of weapons.", 3, "rid"),
    ],
)
def test_the_shadowing_words_keep_their_own_forms(text: str, index: int, lemma: str) -> None:
    assert load_nlp()(text)[index].lemma_ == lemma
