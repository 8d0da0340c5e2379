"""The story after a news agency's dateline is parsed as a sentence of its own: sentences
written for these tests, real model."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.extract.nlp import load_pipeline
from kgraph.model import Document

pytestmark = pytest.mark.integration

LEAD = (
    "(Reuters) - Marcus Fenwick, Prime Minister Theresa May's first national security "
    "adviser, admitted on Friday to lying about his meetings with Russia's U.S. ambassador."
)


def test_the_subject_of_the_lead_is_no_apposition_of_the_agency():
    doc = load_pipeline()(LEAD)
    fenwick = next(t for t in doc if t.text == "Fenwick")
    assert fenwick.is_sent_start is False and doc[fenwick.i - 1].is_sent_start
    assert fenwick.dep_ == "nsubj"  # read into the dateline, it was an apposition of Reuters


def test_a_pronoun_in_the_lead_takes_its_subject():
    found = {(t.subject.id, t.relation, t.object.id) for t in extract(Document("d", LEAD))}
    assert ("RUS:GOV", "MEETS", "person:marcus-fenwick") in found
