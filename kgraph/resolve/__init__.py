"""Resolution of surface forms to canonical ids.

The public API is pure Python (no spaCy), for ``kgraph lookup`` and any caller with a name:

- ``lookup(name)``: the entity a name stands for as an actor ("Moscow" -> ``RUS``, "the
  Kremlin" -> ``RUS:GOV``, "UNSC" -> ``igo:unsc``, "Putin" -> ``person:vladimir-putin``,
  "RUS" -> ``RUS``), or None;
- ``resolve_name(name)``: every reading, actor first (``RUS`` then ``loc:moscow`` for "Moscow");
- ``normalize(text)``, ``slug(text)``: the gazetteer's lookup key and the ids' slug.

The spaCy side, which reads context, is used by ``kgraph.extract.entities.find_actors``:
``matcher`` (gazetteer scan and candidate selection), ``metonymy`` (a capital as actor or
place), ``groups`` (country + sector noun), ``roles`` (role nouns that take their country from
a place: "police in Lagos"), ``people`` (titles, leaders, surnames), ``ner`` (the
model's entities, corrected), ``context`` (the article's own country, "the North") and
``descriptions`` ("the president", "the kingdom": the one actor of that kind named just before).
The data is ``kgraph/data/gazetteer.json``, built by ``scripts/build_gazetteer.py`` from
``data/gazetteer/``.
"""

from kgraph.resolve.gazetteer import lookup, normalize, resolve_name, slug

__all__ = ["lookup", "normalize", "resolve_name", "slug"]
