import io
import json

import pytest

from kgraph.errors import InputError, UnknownRelationError
from kgraph.model import Triple, kind_of_id
from kgraph.ontology import canonical, relation_type
from kgraph.triples_jsonl import read_triples, write_triples

from .triples import MADURO, PUTIN, RUS, VEN, triple


def test_triple_round_trips_through_jsonl(tmp_path):
    records = [triple(RUS, "SUPPLIES", VEN), triple(MADURO, "LEADER_OF", VEN, role="President")]
    out = io.StringIO()
    assert write_triples(records, out) == 2
    path = tmp_path / "t.jsonl"
    path.write_text(out.getvalue())
    assert list(read_triples(path)) == records


def test_triple_record_has_the_ontology_fields():
    data = triple(RUS, "SUPPLIES", VEN).to_dict()
    assert set(data) >= {
        "subject",
        "relation",
        "object",
        "plover",
        "cameo",
        "quad_class",
        "negated",
        "modality",
        "confidence",
        "evidence",
        "date",
        "rule",
    }
    assert data["evidence"].keys() == {"doc_id", "sentence", "start", "end"}
    assert data["subject"] == {
        "id": "RUS",
        "name": "Russia",
        "kind": "Country",
        "country": "RUS",
        "aliases": ["Russia", "Moscow"],
    }


def test_read_triples_reports_bad_lines_and_goes_on(tmp_path):
    path = tmp_path / "t.jsonl"
    good = json.dumps(triple(RUS, "SUPPLIES", VEN).to_dict())
    path.write_text(f'{good}\nnot json\n{{"relation": "X"}}\n{good}\n')
    messages: list[str] = []
    assert len(list(read_triples(path, on_error=messages.append))) == 2
    assert [m.split(":")[1] for m in messages] == ["2", "3"]
    with pytest.raises(InputError, match=r"t.jsonl:2: not a triple record"):
        list(read_triples(path))


def test_read_triples_missing_file_names_it(tmp_path):
    with pytest.raises(InputError, match="nope.jsonl: no such file"):
        list(read_triples(tmp_path / "nope.jsonl"))


@pytest.mark.parametrize(
    ("entity_id", "kind"),
    [
        ("PER", "Country"),
        ("VEN:OPP", "Group"),
        ("person:per", "Person"),
        ("igo:un", "IGO"),
        ("org:interfax", "Organization"),
        ("loc:caracas", "Location"),
        ("topic:talks", "Topic"),
    ],
)
def test_kind_of_id_follows_the_id_form(entity_id, kind):
    assert kind_of_id(entity_id) == kind


def test_status_separates_negated_and_hypothetical():
    t = triple(RUS, "ATTACKS", VEN)
    assert t.status == "asserted"
    assert t.with_(modality="reported").status == "asserted"
    assert t.with_(modality="hypothetical").status == "hypothetical"
    assert t.with_(negated=True).status == "negated"


def test_canonical_orders_symmetric_relations_only():
    meets = triple(PUTIN, "MEETS", MADURO)
    assert canonical(meets).subject == MADURO
    assert canonical(canonical(meets)) == canonical(meets)
    supplies = triple(VEN, "SUPPLIES", RUS)
    assert canonical(supplies) == supplies


def test_relation_type_accepts_any_case_and_names_valid_ones():
    assert relation_type("supplies").cameo == "07"
    with pytest.raises(UnknownRelationError, match="Unknown relation 'SUPPLY'. Valid: APPEALS_TO"):
        relation_type("SUPPLY")


def test_triple_from_dict_fills_kind_from_id():
    data = triple(RUS, "SUPPLIES", VEN).to_dict()
    del data["object"]["kind"]
    assert Triple.from_dict(data).object.kind == "Country"


def _odd_records() -> list:
    """Triple records of every odd shape: actors, evidence and fields of unusual types."""
    base = triple(RUS, "SUPPLIES", VEN).to_dict()
    odd_actors = [
        {"id": "RUS"}, {"id": 7, "name": 7}, {"id": "RUS", "aliases": "ab"},
        {"id": "RUS", "aliases": ["Russia"], "country": 643}, {"name": "no id"}, "RUS", None,
        {"id": "RUS", "name": "Russia", "kind": "Country", "country": "RUS", "roles": ["x"]},
    ]  # fmt: skip
    records = [base, json.loads(json.dumps(base))]
    for actor in odd_actors:
        records += [{**base, "subject": actor}, {**base, "object": actor}]
    for key, value in [("start", "3"), ("start", 2.5), ("start", "x"), ("end", None),
                       ("doc_id", 12), ("sentence", None)]:  # fmt: skip
        records.append({**base, "evidence": {**base["evidence"], key: value}})
    for key, value in [("relation", 5), ("negated", 1), ("negated", "no"), ("modality", None),
                       ("confidence", "0.7"), ("confidence", "high"), ("confidence", True),
                       ("rule", 3), ("evidence", None), ("evidence", "d1:0-5")]:  # fmt: skip
        records.append({**base, key: value})
    records += [{k: v for k, v in base.items() if k != name} for name in base]
    records += [[], "text", 3]
    return records


def _outcome(parse, record):
    try:
        return parse(record)
    except (ValueError, KeyError, TypeError, OverflowError) as exc:
        return (type(exc).__name__, str(exc))


def test_the_stream_parser_gives_from_dicts_triples_and_errors():
    """TripleParser (read_triples' fast path: one Entity per actor record) gives exactly
    what Triple.from_dict gives, odd records and errors included, in any order."""
    from kgraph.triples_jsonl import TripleParser

    base = triple(RUS, "SUPPLIES", VEN).to_dict()
    records = _odd_records()
    parse = TripleParser()
    for record in records + records[::-1]:
        got, want = _outcome(parse, record), _outcome(Triple.from_dict, record)
        assert got == want, record
        if isinstance(want, Triple):
            assert [type(getattr(got, f)) for f in vars(want)] == [
                type(getattr(want, f)) for f in vars(want)
            ]
    # Equal actor records share one Entity; a changed record gets its own.
    a, b = parse(base), parse(json.loads(json.dumps(base)))
    c = parse({**base, "subject": {**base["subject"], "aliases": ["Rossiya"]}})
    assert a.subject is b.subject and c.subject is not a.subject
    assert c.subject.aliases == ("Rossiya",)


def test_the_fast_json_lines_give_the_standard_readers_triples_and_errors(tmp_path):
    """read_triples parses a line with orjson when the record is an ordinary one, else with
    the json module: every line gives what Triple.from_dict(json.loads(line)) gives, odd
    numbers (integers past 64 bits, NaN, 1E400, lone surrogates) included."""
    from kgraph.triples_jsonl import TripleParser

    lines = [json.dumps(record) for record in _odd_records()]
    base = json.dumps(triple(RUS, "SUPPLIES", VEN).to_dict())
    assert '"start": 0' in base and '"quad_class": 2' in base
    for odd in ["123456789012345678901234567", "-99999999999999999999", "NaN", "1E400"]:
        lines += [base.replace('"start": 0', f'"start": {odd}'),
                  base.replace('"quad_class": 2', f'"quad_class": {odd}'),
                  base.replace('"confidence": 0.8', f'"confidence": {odd}')]  # fmt: skip
    lines += [base.replace('"sentence": "', '"sentence": "\\ud800'), "not json", "[1, 2"]
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    messages: list[str] = []
    got = list(read_triples(path, on_error=messages.append))
    want = []
    for line in lines:
        outcome = _outcome(Triple.from_dict, _outcome(json.loads, line))
        if isinstance(outcome, Triple):
            want.append(outcome)
    assert got == want and len(got) + len(messages) == len(lines)
    for g, w in zip(got, want, strict=True):
        assert [type(getattr(g, f)) for f in vars(w)] == [type(getattr(w, f)) for f in vars(w)]
        assert list(vars(g)) == list(vars(w)) and vars(g.evidence) == vars(w.evidence)
    # The ordinary record takes the fast path (orjson is a dependency), the odd ones not.
    parse = TripleParser()
    assert parse.line(base) == Triple.from_dict(json.loads(base))
    assert parse.line(base.replace('"start": 0', '"start": 123456789012345678901234567')) is None
