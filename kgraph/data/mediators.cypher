// Who mediates talks? The actors with MEDIATES edges (mediates, brokers, facilitates: CAMEO
// 045), what they mediate, and since when. about = null lists every mediated object;
// 'topic:talks' keeps only talks.
// :param about => 'topic:talks'
MATCH (m:Entity)-[r:MEDIATES]->(t:Entity)
WHERE ($about IS NULL OR t.id = $about) AND r.status <> 'negated'
RETURN m.id AS mediator, m.name AS name, m.kind AS kind, m.country AS country,
       t.id AS mediates, r.status AS status, r.count AS mentions,
       r.first_date AS first_date, r.last_date AS last_date
ORDER BY mentions DESC, mediator
