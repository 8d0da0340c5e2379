// What does the graph hold? Entity counts per kind, relation edges per type (with mentions and
// QuadClass), and the article and evidence nodes that carry the sentences.
CALL () {
  MATCH (n:Entity)
  RETURN 'entity' AS element, n.kind AS name, null AS quad_class, count(*) AS count,
         null AS mentions
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  RETURN 'edge' AS element, type(r) AS name, r.quad_class AS quad_class, count(*) AS count,
         sum(r.count) AS mentions
  UNION ALL
  MATCH (a:Article)
  RETURN 'article' AS element, 'Article' AS name, null AS quad_class, count(*) AS count,
         null AS mentions
  UNION ALL
  MATCH (e:Evidence)
  RETURN 'evidence' AS element, 'Evidence' AS name, null AS quad_class, count(*) AS count,
         null AS mentions
}
RETURN element, name, quad_class, count, mentions
ORDER BY element, count DESC, name
