// How have two actors dealt with each other over time? Every relation between a and b, in
// either direction, one row per article date (undated articles last), with the mentions.
// :param a => 'RUS'
// :param b => 'VEN'
MATCH (x:Entity {id: $a})-[r]-(y:Entity {id: $b})
UNWIND r.evidence AS evidence_id
MATCH (e:Evidence {id: evidence_id})-[:IN]->(article:Article)
RETURN article.date AS date, startNode(r).id AS subject, type(r) AS relation,
       endNode(r).id AS object, r.status AS status, r.quad_class AS quad_class,
       count(DISTINCT e) AS mentions, collect(DISTINCT article.id) AS articles
ORDER BY date IS NULL, date, relation, subject
