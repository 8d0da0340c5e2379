"""Resolution of surface forms to canonical ids, without spaCy.

``lookup(name)`` gives the entity a name stands for as an actor ("Moscow" -> ``RUS``,
"the Kremlin" -> ``RUS:GOV``, "UNSC" -> ``igo:unsc``); ``resolve_name(name)`` gives every
reading (``RUS`` and ``loc:moscow`` for "Moscow"). The spaCy side of resolution, which reads
context (metonymy, titles, groups, in-document coreference), is ``kgraph.extract.entities``.
"""

from kgraph.resolve.gazetteer import lookup, normalize, resolve_name, slug

__all__ = ["lookup", "normalize", "resolve_name", "slug"]
