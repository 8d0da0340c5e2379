// How have two actors dealt with each other over time? Every relation between a and b, in
// either direction, one row per date (undated mentions last), with the mentions and articles.
// :param a => 'RUS'
// :param b => 'VEN'
MATCH (x:Entity {id: $a})-[r]-(y:Entity {id: $b})
MATCH (m:Mention) WHERE m.key STARTS WITH r.key + ','
RETURN m.date AS date, startNode(r).id AS subject, type(r) AS relation,
       endNode(r).id AS object, r.status AS status, r.quad_class AS quad_class,
       count(DISTINCT m.evidence) AS mentions, collect(DISTINCT m.doc_id) AS articles
ORDER BY date IS NULL, date, relation, subject
