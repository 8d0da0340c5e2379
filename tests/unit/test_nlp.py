import spacy

import kgraph.extract.paragraphs  # noqa: F401  (registers the component)
from kgraph.extract.tokenizer_tuning import tune_tokenizer


def test_paragraphs_start_a_sentence_after_a_blank_line_only():
    nlp = spacy.blank("en")
    nlp.add_pipe("kgraph_paragraphs")
    doc = nlp("Title line: Interfax\n\nReuters\n\nMOSCOW - Russia said\nit would help.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Title", "Reuters", "MOSCOW"]
    wrapped = next(t for t in doc if t.text == "it")  # after a single line break
    assert not wrapped.is_sent_start


def test_a_run_in_subhead_in_capitals_is_a_sentence_of_its_own():
    nlp = spacy.blank("en")
    nlp.add_pipe("kgraph_paragraphs")
    doc = nlp(
        "He faces further charges. TRUMP AND MAY ONCE HAND-IN-HAND Islamist militants have "
        "carried out attacks. RIO DE JANEIRO (Reuters) - NATO and the U.S. said so."
    )
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["He", "TRUMP", "Islamist", "NATO"]  # "NATO": the story after a dateline


def test_the_story_after_a_dateline_starts_a_sentence():
    nlp = spacy.blank("en")
    nlp.add_pipe("kgraph_paragraphs")
    doc = nlp("(Reuters) - Michael Flynn, an adviser, pleaded guilty. He said (Reuters) - no.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["(", "Michael"]  # only a dateline's agency, not a later bracket
    doc = nlp("WASHINGTON (Reuters) \u2014 The Senate voted. Trump (AFP) said.")
    assert [t.text for t in doc if t.is_sent_start] == ["WASHINGTON", "The"]
    doc = nlp("The (ruling) party - as ever - won.")
    assert [t.text for t in doc if t.is_sent_start] == ["The"]


def test_the_story_after_an_opening_credit_starts_a_sentence():
    nlp = spacy.blank("en")
    nlp.add_pipe("kgraph_paragraphs")
    for text, first in (
        ("AP - Saboteurs blew up a pipeline in Iraq.", "Saboteurs"),
        ("Canadian Press - The sister of a man spoke.", "The"),
        ("NEW YORK - President Bush spoke on Thursday.", "President"),
        ("CHARLESTON, S.C. - Tropical Storm Gaston hit the coast.", "Tropical"),
    ):
        starts = [t.text for t in nlp(text) if t.is_sent_start]
        assert starts[1:] == [first], (text, starts)
    # not a credit: a sentence's own dash, a name in ordinary case, a dash far from the start
    for text in (
        "Russia - and China - said no.",
        "Moscow - the capital - was calm.",
        "THE UNITED NATIONS SECURITY COUNCIL AND NATO - agreed.",
    ):
        assert [t.text for t in nlp(text) if t.is_sent_start][1:] == [], text


def test_a_title_after_a_dotted_abbreviation_continues_the_sentence():
    nlp = spacy.blank("en")
    nlp.add_pipe("kgraph_paragraphs")
    doc = nlp(
        "Maduro criticized U.S. Senator Marco Rubio. It was sold to the U.S. The talks ended."
    )
    senator = next(t for t in doc if t.text == "Senator")
    assert senator.is_sent_start is False  # the parser may not split there
    after = next(t for t in doc if t.text == "The")
    assert after.is_sent_start is None  # any other word is the parser's to decide


def test_the_first_words_after_a_dateline_continue_the_lead():
    nlp = spacy.blank("en")
    nlp.add_pipe("kgraph_paragraphs")
    doc = nlp("WASHINGTON (Reuters) - President Barack Obama on Friday signed a law.")
    assert doc[5].text == "President" and doc[5].is_sent_start
    assert [t.is_sent_start for t in doc[6:9]] == [False, False, False]  # "Barack Obama on"
    assert doc[9].is_sent_start is None  # the rest is the parser's


def test_the_tokenizer_keeps_a_ticker_with_a_share_class_and_a_rank_whole():
    tokenizer = spacy.blank("en").tokenizer
    text = "Bombardier (BBDb.TO), Shell (RDSa.L) and Volkswagen (VOWG_p.DE) beat Boeing (BA.N)."
    ranked = "Det. Sgt. Nick Thompson and Sen. John McCain"
    before = [t.text for t in tokenizer(text + " " + ranked)]
    assert "BBDb.TO" not in before and "Sgt." not in before  # English alone cuts them
    tune_tokenizer(tokenizer)
    assert {"BBDb.TO", "RDSa.L", "VOWG_p.DE", "BA.N"} <= {t.text for t in tokenizer(text)}
    assert [t.text for t in tokenizer(ranked)][:3] == ["Det.", "Sgt.", "Nick"]
    # no other words with a period run together: a sentence's end, a title
    assert [t.text for t in tokenizer("It fell.The Mr.T Co.A")] == [
        "It", "fell", ".", "The", "Mr.", "T", "Co.", "A",
    ]  # fmt: skip


def _positions(docs: list[list[int]]) -> list[list[tuple[int, ...]]]:
    """A stand-in network with a receptive field of 2: each token's vector is its own value
    and its neighbours' within 2 (None past a document's ends), as a tuple."""
    out = []
    for doc in docs:
        out.append(
            [
                tuple(doc[j] if 0 <= j < len(doc) else -1 for j in range(i - 2, i + 3))
                for i in range(len(doc))
            ]
        )
    return out


class _Doc(list):
    """A list of token values that slices like a Doc (``doc[a:b].as_doc()``)."""

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return _Span(list.__getitem__(self, index))
        return list.__getitem__(self, index)


class _Span(list):
    def as_doc(self) -> _Doc:
        return _Doc(self)


def test_windows_give_each_token_the_vector_of_the_whole_document():
    import numpy

    from kgraph.extract.model_tuning import predict_windows

    calls: list[int] = []

    def predict(docs):
        calls.append(sum(len(d) for d in docs))
        return [
            numpy.array(v, dtype="int64").reshape(len(d), 5)
            for d, v in zip(docs, _positions(docs), strict=True)
        ]

    docs = [_Doc(range(100, 137)), _Doc([]), _Doc(range(7)), _Doc(range(200, 203))]
    got = predict_windows(predict, docs, max_tokens=10, margin=2, width=5)
    want = _positions(docs)
    assert [g.tolist() for g in got] == [[list(v) for v in w] for w in want]
    assert max(calls) <= 10  # no call saw more than max_tokens tokens
    assert got[1].shape == (0, 5)


def test_spacy_is_imported_without_its_command_line_which_still_works():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import kgraph.extract.nlp\n"
        "assert 'spacy' in sys.modules\n"
        "assert not [m for m in sys.modules if m.startswith(('spacy.cli', 'typer', 'weasel'))]\n"
        "import spacy\n"
        "assert callable(spacy.info)\n"
        "import spacy.cli\n"
        "from spacy.cli.info import info\n"
        "assert spacy.cli.info is not None and 'typer' in sys.modules\n"
        "print(spacy.info(markdown=True, silent=True)[:40])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert "spaCy" in out.stdout
