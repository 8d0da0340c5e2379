"""The spaCy components ``kgraph_actors`` and ``kgraph_relations``, through spaCy's own API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from kgraph.errors import KgraphError
from kgraph.extract import extract_many
from kgraph.extract.nlp import model_name
from kgraph.model import Document, Triple

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "seed-reuters-caracas.txt"

# Run by a fresh interpreter: spaCy alone must find the components (entry points).
SPACY_ONLY = """
import json, sys
import spacy

assert "kgraph" not in sys.modules  # nothing here imports kgraph: spaCy finds the components
nlp = spacy.load(sys.argv[1])
nlp.add_pipe("kgraph_actors")
nlp.add_pipe("kgraph_relations")
doc = nlp(open(sys.argv[2], encoding="utf-8").read())
print(json.dumps({
    "ids": sorted({s.kb_id_ for s in doc.spans["kgraph_actors"]}),
    "labels": sorted({s.label_ for s in doc.spans["kgraph_actors"]}),
    "triples": [[t.subject.id, t.relation, t.object.id] for t in doc._.kgraph_triples],
}))
"""


def test_components_work_with_only_spacys_api(tmp_path: Path):
    script = tmp_path / "spacy_only.py"
    script.write_text(SPACY_ONLY, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script), model_name(), str(SEED)],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # not the checkout: kgraph comes from the installed entry points
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout)
    assert {"RUS", "VEN"} <= set(out["ids"])
    assert {"Country", "Person"} <= set(out["labels"])
    assert ["RUS", "SUPPLIES", "VEN"] in out["triples"]


def _pipeline(**config: object) -> spacy.language.Language:
    nlp = spacy.load(model_name())
    nlp.add_pipe("kgraph_paragraphs", before="parser")
    nlp.add_pipe("kgraph_actors")
    nlp.add_pipe("kgraph_relations", config=config)
    return nlp


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return _pipeline()


def _summary(doc: spacy.tokens.Doc) -> tuple[object, ...]:
    spans = [
        (s.start, s.end, s.label_, s.kb_id_, s._.kgraph_role, s._.kgraph_country)
        for s in doc.spans["kgraph_actors"]
    ]
    triples = [t.to_dict() for t in doc._.kgraph_triples]
    return doc._.kgraph_id, doc._.kgraph_date, spans, triples


def _docs(nlp: spacy.language.Language) -> list[spacy.tokens.Doc]:
    texts = [
        ("seed", SEED.read_text(encoding="utf-8"), "2019-09-25"),
        ("a", "Russia supplied arms to Venezuela. The Kremlin denied it.", None),
        ("b", "Venezuelan President Nicolas Maduro met Vladimir Putin in Moscow.", "2019-09-25"),
    ]
    docs = []
    for doc_id, text, date in texts:
        doc = nlp.make_doc(text)
        doc._.kgraph_id = doc_id
        doc._.kgraph_date = date
        docs.append(doc)
    return docs


def test_components_survive_nlp_pipe_with_two_processes(nlp: spacy.language.Language):
    one = [_summary(d) for d in nlp.pipe(_docs(nlp), n_process=1)]
    two = [_summary(d) for d in nlp.pipe(_docs(nlp), n_process=2)]
    assert two == one
    seed = one[0]
    assert seed[0] == "seed" and seed[1] == "2019-09-25"
    assert any(kb == "RUS" and label == "Country" for _, _, label, kb, _, _ in seed[2])
    # the title read with a mention and the country of a person, as span attributes
    assert ("President", "VEN") in {(role, country) for *_, role, country in one[2][2]}
    # the date set on the Doc reaches the triples; the id reaches their evidence
    assert {t["date"] for t in seed[3]} == {"2019-09-25"}
    assert {t["evidence"]["doc_id"] for t in seed[3]} == {"seed"}


def test_components_give_what_extract_gives(nlp: spacy.language.Language):
    docs = list(nlp.pipe(_docs(nlp)))
    documents = [
        Document(d._.kgraph_id, SEED.read_text("utf-8") if i == 0 else d.text, date=d._.kgraph_date)
        for i, d in enumerate(docs)
    ]
    extracted = [[t.to_dict() for t in ts] for _, ts in extract_many(documents)]
    assert extracted == [[t.to_dict() for t in d._.kgraph_triples] for d in docs]
    assert all(isinstance(t, Triple) for d in docs for t in d._.kgraph_triples)


def test_relations_min_confidence_leaves_out_weaker_triples(nlp: spacy.language.Language):
    text = SEED.read_text(encoding="utf-8")
    everything = nlp(text)._.kgraph_triples
    strict = _pipeline(min_confidence=0.8)(text)._.kgraph_triples
    assert strict and len(strict) < len(everything)
    assert all(t.confidence >= 0.8 for t in strict)
    assert [t for t in everything if t.confidence >= 0.8] == strict


def test_relations_read_extra_lexicon_files(nlp: spacy.language.Language, tmp_path: Path):
    lexicon = tmp_path / "extra.tsv"
    lexicon.write_text("# my cues\nverb\tembolden\tBACKS\tSUPPORT\t051\t1\n", encoding="utf-8")
    text = "Russia emboldened Venezuela."
    assert nlp(text)._.kgraph_triples == []
    triples = _pipeline(lexicon_paths=[str(lexicon)])(text)._.kgraph_triples
    assert [(t.subject.id, t.relation, t.object.id) for t in triples] == [("RUS", "BACKS", "VEN")]


def test_relations_bad_lexicon_file_is_named(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("verb\tembolden\tBEFRIENDS\tSUPPORT\t051\t1\n", encoding="utf-8")
    with pytest.raises(KgraphError, match=r"bad\.tsv.*unknown relation 'BEFRIENDS'"):
        _pipeline(lexicon_paths=[str(bad)])
    with pytest.raises(KgraphError, match=r"missing\.tsv: cannot read"):
        _pipeline(lexicon_paths=[str(tmp_path / "missing.tsv")])


def test_relations_without_actors_say_what_is_missing():
    nlp = spacy.load(model_name())
    nlp.add_pipe("kgraph_relations")
    with pytest.raises(ValueError, match='add "kgraph_actors" before "kgraph_relations"'):
        nlp("Russia supplied arms to Venezuela.")
