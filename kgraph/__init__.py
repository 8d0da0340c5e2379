"""kgraph: turn news articles into a geopolitical knowledge graph.

Read articles, resolve the actors they mention to canonical ids (countries as ISO3, groups,
persons, organisations), extract who does what to whom, and load it into a graph.
"""

__version__ = "0.1.0"
