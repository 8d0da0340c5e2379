"""scripts/build_cameo_lexicon.py: reading CAMEO verb dictionaries, and the packaged build."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KGRAPH_SHARED", ROOT.parent / "shared"))
SOURCE = SHARED / "reference" / "petrarch2" / "CAMEO.2.0.txt"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_cameo_lexicon", ROOT / "scripts" / "build_cameo_lexicon.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


build = _load_script()

# A small dictionary in the format of CAMEO.2.0.txt, written for these tests.
DICTIONARY = """\
# a comment line
&CURRENCY
+DOLLAR
+EURO_

---  FREEZE   [---]  ---
FREEZE {FREEZES FREEZING FROZE FROZEN}   # coder note
BLOCK [163]
- * AID                                               [162]         # FREEZE
- * {BANK ACCOUNT}                                    [163]         # FREEZE
- * &CURRENCY                                         [163]         # FREEZE , BLOCK
- * STATEMENT                                         [010]         # FREEZE
- * AID                                               [070]         # BLOCK
- TALKS *                                             [164]         # FREEZE
- * FROM $ TO +                                       [0311]        # FREEZE

---  FLY   [---]  ---
AIRLIFT [073]
FLY {FLYING FLIES FLEW FLOWN}
- * (TO)                                              [042]         # FLY
- * PROTESTS (FROM $)                                 [110]         # AIRLIFT
- * (FOR {MEDICAL TREATMENT})                         [073]         # FLY
- * (AGAINST) +                                       [141]

---  HAND_OVER   [084]  ---
+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER}
WIRE_+TAP {WIRE_+TAPS}
+KILLED_AND
~ a (a b ATTACK) SAY = a b 015
"""

TABLE = """\
Some prose.

<!-- cameo-relations -->
| CAMEO | relation | name |
|---|---|---|
| 01 | — | statements |
| 04 | MEETS | consult |
| 042 | VISITS | make a visit |
| 07 | SUPPLIES | provide aid |
| 08 | CONCEDES_TO | yield |
| 11 | CRITICIZES | disapprove |
| 16 | SANCTIONS | reduce relations |
<!-- /cameo-relations -->
"""

PLOVER = "07\tAID\n08\tCONCEDE\n084\tRETREAT\n16\tSANCTION\n"


def test_parse_pattern_reads_object_phrases_and_markers():
    pattern = build.parse_pattern("- * {BANK ACCOUNT} (TO +)   [163:163]  # FREEZE", 7)
    assert pattern.code == "163" and pattern.line == 7
    assert pattern.object == build.Phrase("account", ("bank",))
    assert pattern.preps == (build.PrepPhrase("to", None, "+"),)
    assert pattern.verbs == ("freeze",)
    inverse = build.parse_pattern("- * PROTESTS (FROM $)  [110]  # AIRLIFT , FLY", 1)
    assert inverse.object == build.Phrase("protests")
    assert inverse.preps == (build.PrepPhrase("from", None, "$"),)
    assert inverse.verbs == ("airlift", "fly")
    required = build.parse_pattern("- * (FOR {MEDICAL TREATMENT}) [073]", 1)
    assert required.preps[0].phrase == build.Phrase("treatment", ("medical",))
    assert build.parse_pattern("- * BAN [---]  # EXTEND", 1).code == "---"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- TALKS *            [164]", "nouns or prepositions before the verb"),
        ("- * FROM $ TO +      [0311]", "word sequence without brackets (TABARI form)"),
        ("- * AID", "pattern without a code"),
        ("- *SCEPTICAL         [012]", "pattern without one verb *"),
        ("- * (TO A VOTE)      [014]", "malformed prepositional phrase"),
    ],
)
def test_parse_pattern_names_what_it_leaves_out(line, reason):
    assert build.parse_pattern(line, 1) == reason


def test_parse_verb_reads_forms_codes_and_particles():
    freeze = build.parse_verb("FREEZE {FREEZES FREEZING FROZE FROZEN}   # note", 3)
    assert (freeze.lemma, freeze.particle, freeze.code) == ("freeze", "", None)
    assert "froze" in freeze.forms
    hand = build.parse_verb("+HAND_OVER {+HANDS_OVER +HANDED_OVER} [084]", 4)
    assert (hand.lemma, hand.particle, hand.code) == ("hand", "over", "084")
    assert hand.forms == ("hands", "handed")
    assert build.parse_verb("WIRE_+TAP {WIRE_+TAPS}", 5) == "words before the verb (WIRE_+TAP)"
    assert build.parse_verb("+KILLED_AND", 6) == "two verbs joined (KILLED_AND)"


def test_parse_dictionary_reads_synsets_blocks_and_counts_the_rest():
    dictionary = build.parse_dictionary(DICTIONARY)
    assert dictionary.synsets == {"currency": ["dollar", "euro"]}
    assert [b.name for b in dictionary.blocks] == ["freeze", "fly", "hand_over"]
    freeze = dictionary.blocks[0]
    assert [v.lemma for v in freeze.verbs] == ["freeze", "block"]
    assert freeze.code == "---" and freeze.verbs[1].code == "163"
    assert len(freeze.patterns) == 5
    assert dictionary.skipped["transformation (~)"] == 1
    assert dictionary.skipped["nouns or prepositions before the verb"] == 1


def test_relation_table_longest_prefix_wins():
    table = build.read_relation_table(TABLE)
    assert build.relation_of("042", table) == "VISITS"
    assert build.relation_of("040", table) == "MEETS"
    assert build.relation_of("0841", table) == "CONCEDES_TO"
    assert build.relation_of("010", table) == "-"
    assert build.relation_of("141", table) == "-"  # no row: no relation


def test_relation_table_errors_name_the_file():
    with pytest.raises(build.DictionaryError, match="ONTO.md: no <!-- cameo-relations"):
        build.read_relation_table("no table here", "ONTO.md")
    bad = TABLE.replace("| SANCTIONS |", "| PUNISHES |")
    with pytest.raises(build.DictionaryError, match="unknown relation 'PUNISHES' for code 16"):
        build.read_relation_table(bad, "ONTO.md")


def _rows(text: str, kind: str) -> list[list[str]]:
    return [r.split("\t") for r in text.splitlines() if r.startswith(kind + "\t")]


def test_build_maps_codes_keeps_blockers_and_counts_drops():
    table = build.read_relation_table(TABLE)
    text, stats = build.build(DICTIONARY, table, build.read_plover_table(PLOVER))
    assert "Copyright (c) 2015 Open Event Data Alliance" in text
    assert "generated by scripts/build_cameo_lexicon.py" in text and "Do not edit" in text
    assert _rows(text, "set") == [["set", "currency", "dollar|euro"]]
    verbs = {r[2]: r for r in _rows(text, "verb")}
    # verb block lemma particle forms cameo relation whose line
    assert verbs["freeze"][5:8] == ["---", "-", "name"]
    assert verbs["block"][5:8] == ["163", "SANCTIONS", "own"]
    assert verbs["airlift"][5:8] == ["073", "SUPPLIES", "own"]
    assert verbs["hand"][3] == "over" and verbs["hand"][5:8] == ["084", "CONCEDES_TO", "name"]
    patterns = {(r[2], r[3], r[4], r[5]): r for r in _rows(text, "pattern")}
    # pattern block object modifiers preps target cameo relation for line
    assert patterns[("aid", "", "", "")][6:9] == ["162", "SANCTIONS", "freeze"]
    assert patterns[("account", "bank", "", "")][6:8] == ["163", "SANCTIONS"]
    assert patterns[("&currency", "", "", "")][8] == "freeze block"
    assert patterns[("statement", "", "", "")][6:8] == ["010", "-"]  # a blocker
    assert patterns[("", "", "", "to")][6:8] == ["042", "VISITS"]
    assert patterns[("protests", "", "", "~from")][6:8] == ["110", "CRITICIZES"]
    assert patterns[("", "", "for treatment", "")][6:8] == ["073", "SUPPLIES"]
    assert patterns[("", "", "", "against")][6:8] == ["141", "-"]  # 14 has no row here
    assert stats["patterns repeated in a block (first kept)"] == 1  # the second "* AID"
    assert stats["blockers (code with no kgraph relation)"] == 2
    assert stats["word sequence without brackets (TABARI form)"] == 1
    assert "#       1  word sequence without brackets (TABARI form)" in text


def test_build_is_deterministic():
    table = build.read_relation_table(TABLE)
    plover = build.read_plover_table(PLOVER)
    assert build.build(DICTIONARY, table, plover) == build.build(DICTIONARY, table, plover)


def test_build_plover_follows_the_relation():
    plover = build.read_plover_table(PLOVER)
    assert build.plover_of("084", "CONCEDES_TO", plover) == "RETREAT"  # allowed alternative
    assert build.plover_of("080", "CONCEDES_TO", plover) == "CONCEDE"


def test_main_reports_a_missing_source_in_one_line(tmp_path, capsys):
    code = build.main(["--source", str(tmp_path / "nope.txt"), "--output", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.endswith("nope.txt: no such file") and "\n" not in err
    assert not (tmp_path / "o").exists()


@pytest.mark.skipif(not SOURCE.is_file(), reason=f"{SOURCE} not present (shared material)")
def test_packaged_lexicon_equals_a_fresh_build():
    text, _ = build.build_from_files(SOURCE, build.ONTOLOGY, build.PLOVER_TABLE)
    packaged = (ROOT / "kgraph" / "data" / "cameo_verbs.tsv").read_text(encoding="utf-8")
    assert packaged == text, "stale: run python scripts/build_cameo_lexicon.py"
