// What does the graph hold? Entity counts per kind, relation edges per type (with mentions and
// QuadClass), and the articles and evidence sentences their mentions come from.
CALL () {
  MATCH (n:Entity)
  RETURN 'entity' AS element, n.kind AS name, null AS quad_class, count(*) AS count,
         null AS mentions
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  RETURN 'edge' AS element, type(r) AS name, r.quad_class AS quad_class, count(*) AS count,
         sum(r.count) AS mentions
  UNION ALL
  MATCH (m:Mention)
  RETURN 'article' AS element, 'Article' AS name, null AS quad_class,
         count(DISTINCT m.doc_id) AS count, count(*) AS mentions
  UNION ALL
  MATCH (m:Mention)
  RETURN 'evidence' AS element, 'Evidence' AS name, null AS quad_class,
         count(DISTINCT m.evidence) AS count, count(*) AS mentions
}
RETURN element, name, quad_class, count, mentions
ORDER BY element, count DESC, name
