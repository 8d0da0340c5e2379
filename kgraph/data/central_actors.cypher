// Who are the most central actors? Degree centrality over relation edges: distinct partners,
// edges and mentions per actor (no Graph Data Science plugin needed). Topics and places are
// left out unless listed in kinds.
// :param kinds => ["Country", "Group", "Person", "IGO", "Organization"]
// :param limit => 20
MATCH (n:Entity)
WHERE n.kind IN $kinds
OPTIONAL MATCH (n)-[r]-(m:Entity)
WITH n, count(DISTINCT m) AS partners, count(r) AS edges, sum(r.count) AS mentions
WHERE edges > 0
RETURN n.id AS actor, n.name AS name, n.kind AS kind, partners, edges, mentions
ORDER BY partners DESC, mentions DESC, actor
LIMIT $limit
