"""Sentence starts the parser misses in news copy: blank lines, run-in subheads in capitals,
the dateline, and periods of abbreviations inside names.

The ``kgraph_paragraphs`` component runs before the parser (:mod:`kgraph.extract.nlp` adds it),
which keeps the starts it is given.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np

from kgraph.extract.packages import import_spacy

import_spacy()  # first, without spaCy's command line (a sixth of the start-up)

from spacy.attrs import IS_SPACE, IS_UPPER, ORTH  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.strings import get_string_id  # noqa: E402

from kgraph.resolve.groups import DASHES  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@Language.component("kgraph_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so a title or a byline on its own paragraph
    never runs into the first sentence of the story, and around a run-in subhead in capitals
    ("... charges. TRUMP AND MAY ONCE HAND-IN-HAND Islamist militants have ..."), so it never
    becomes part of the next sentence. Single line breaks are left to the parser: wire copy
    is often hard-wrapped mid-sentence."""
    if len(doc) < 2:
        return doc
    # only the candidates are looked at in Python: whitespace tokens, words in capitals
    flags = doc.to_array([IS_SPACE, IS_UPPER])
    for i in flags[:-1, 0].nonzero()[0].tolist():
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    for start, end in _capital_runs(doc, flags[:, 1].nonzero()[0].tolist()):
        doc[start].is_sent_start = True
        doc[end].is_sent_start = True
    story = _after_dateline(doc)
    if story is not None:
        doc[story].is_sent_start = True
        # "(Reuters) - President Barack Obama on Tuesday ...": never a one-word sentence
        for t in doc[story + 1 : story + 1 + LEAD_WORDS]:
            t.is_sent_start = False
    # "U.S. Senator Marco Rubio": an abbreviation's period before a title is no sentence end
    orths = doc.to_array(ORTH)
    dotted, titles = _abbreviation_hashes()
    for i in np.isin(orths[:-1], dotted).nonzero()[0].tolist():
        if int(orths[i + 1]) in titles:
            doc[i + 1].is_sent_start = False
    return doc


@functools.cache
def heading(sent: Span) -> bool:
    """ "U.S.-CHINA DIALOGUE": a subhead in capitals (no lower-case letter) names a topic and
    asserts no event."""
    text = sent.text
    return any(ch.isalpha() for ch in text) and not any(ch.islower() for ch in text)


def _abbreviation_hashes() -> tuple[Any, frozenset[int]]:
    """String hashes of DOTTED_NAMES (an array for numpy) and TITLE_AFTER_ABBREVIATION."""
    dotted = np.array([get_string_id(w) for w in DOTTED_NAMES], dtype=np.uint64)
    return dotted, frozenset(get_string_id(w) for w in TITLE_AFTER_ABBREVIATION)


# Country and body abbreviations written with periods ("U.S.", "U.K.", "U.N."), and the
# capitalised titles and bodies that follow them inside a name ("U.S. Senator Bernie
# Sanders", "U.S. Congress"): the parser took some of those periods for a sentence's end.
DOTTED_NAMES = frozenset({"U.S.", "U.K.", "U.N.", "E.U."})
TITLE_AFTER_ABBREVIATION = frozenset(
    {
        "Senator", "Sen.", "Senators", "Representative", "Rep.", "Congressman",
        "Congresswoman", "Congress", "Senate", "House", "President", "Ambassador",
        "Secretary", "Attorney", "Republican", "Republicans", "Democrat", "Democrats",
        "Democratic", "Army", "Navy", "Air", "Marine", "Marines", "Defense", "State",
        "Treasury", "Justice", "Trade", "Commerce", "Embassy", "Envoy", "Special",
        "Security", "General", "Supreme", "District", "Vice",
    }
)  # fmt: skip


# News agencies a dateline names in brackets ("WASHINGTON (Reuters) - ...")
AGENCIES = frozenset({"Reuters", "AP", "AFP", "CP", "dpa", "Xinhua", "UPI"})
DATELINE_TOKENS = 40  # a dateline is at the start of an article (or of a piece of one)
LEAD_WORDS = 3  # the lead after a dateline starts no new sentence in its first words


def _after_dateline(doc: Doc) -> int | None:
    """The first token of the story after a dateline "(Reuters) -" near the start, or after a
    credit that opens the text ("AP - ", "NEW YORK - "), or None.

    The parser otherwise reads the dateline into the first sentence ("(Reuters) - Michael
    Flynn, Trump's adviser, pleaded guilty": Flynn an apposition of Reuters, the verb with no
    subject), and the first sentence is the lead, the one richest in events.
    """
    end = min(len(doc), DATELINE_TOKENS)
    credit = _after_credit(doc)
    if credit is not None:
        return credit
    for i in range(2, end - 2):
        if (
            doc[i].text == ")"
            and doc[i - 1].text in AGENCIES
            and doc[i - 2].text == "("
            and doc[i + 1].text in DASHES
        ):
            return next((t.i for t in doc[i + 2 :] if not t.is_space), None)
    return None


# Words of a credit that opens a wire story before a dash ("AP - ", "Canadian Press - ",
# "NEW YORK - ", "CHARLESTON, S.C. - "): an agency, or a place in capitals.
CREDIT_WORDS = AGENCIES | {"Canadian", "Press", ","}
CREDIT_TOKENS = 6


def _after_credit(doc: Doc) -> int | None:
    """The first token of the story after a credit that opens the text with a dash ("AP -
    Saboteurs blew up a pipeline": the parser read "AP - Saboteurs" as one name, the
    subject), or None."""
    for t in doc[: min(len(doc) - 1, CREDIT_TOKENS + 1)]:
        if t.text in DASHES:
            if t.i == 0:
                return None
            return next((u.i for u in doc[t.i + 1 :] if not u.is_space), None)
        if not (t.text in CREDIT_WORDS or (t.is_upper and t.is_alpha) or _dotted_upper(t.text)):
            return None
    return None


def _dotted_upper(text: str) -> bool:
    """ "S.C.", "D.C.": a place's abbreviation in a dateline."""
    return len(text) > 1 and text.endswith(".") and text.replace(".", "").isupper()


SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d", "'"})
MIN_SUBHEAD_WORDS = 3


def _capital_word(text: str) -> bool:
    letters = text.replace("-", "").replace("'", "")
    return letters.isalpha() and letters.isupper() and (len(letters) > 1 or letters in "AI")


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen between words in capitals ("HAND-IN-HAND" is five tokens)."""
    return doc[i].text == "-" and i + 1 < len(doc) and _capital_word(doc[i + 1].text)


def _capital_runs(doc: Doc, upper: list[int] | None = None) -> list[tuple[int, int]]:
    """Runs of three or more words in capitals after a sentence's end and before a word in
    ordinary case: (first token, token after the run). Datelines ("RIO DE JANEIRO (Reuters)")
    and acronyms ("NATO", "U.S.") are not such runs. ``upper``: the indices of the tokens whose
    text is upper case (``IS_UPPER``), in order, where a run can start (every token if None).
    """
    runs: list[tuple[int, int]] = []
    starts = range(len(doc)) if upper is None else upper
    if len(starts) < MIN_SUBHEAD_WORDS:
        return runs
    end = 0  # where the last run looked at ended: no run starts inside another
    for i in starts:
        if i < end or not _capital_word(doc[i].text):
            continue
        end, words = i, 0
        while end < len(doc):
            if _capital_word(doc[end].text):
                words += 1
            elif not _inner_hyphen(doc, end):
                break
            end += 1
        before = next((t for t in reversed(doc[:i]) if not t.is_space), None)
        after = next((t for t in doc[end:] if not t.is_space), None)
        if (
            words >= MIN_SUBHEAD_WORDS
            and before is not None
            and before.text in SENTENCE_ENDS
            and after is not None
            and after.text[:1].isupper()
            and not after.text.isupper()
        ):
            runs.append((i, after.i))
    return runs
