// How have two actors dealt with each other over time? Every relation between a and b, in
// either direction, one row per article date (undated articles last), with the mentions.
// :param a => 'RUS'
// :param b => 'VEN'
MATCH (x:Entity {id: $a})-[r]-(y:Entity {id: $b})
MATCH (m:Mention) WHERE m.key STARTS WITH r.key + ','
MATCH (e:Evidence {id: m.evidence})-[:IN]->(article:Article)
RETURN article.date AS date, startNode(r).id AS subject, type(r) AS relation,
       endNode(r).id AS object, r.status AS status, r.quad_class AS quad_class,
       count(DISTINCT e) AS mentions, collect(DISTINCT article.id) AS articles
ORDER BY date IS NULL, date, relation, subject
