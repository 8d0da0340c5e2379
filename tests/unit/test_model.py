import io
import json

import pytest

from kgraph.errors import InputError, UnknownRelationError
from kgraph.model import Triple, kind_of_id, read_triples, write_triples
from kgraph.ontology import canonical, relation_type

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
