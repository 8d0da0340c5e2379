// Which sentences support an edge? The evidence of subject -relation-> object (matched in
// either direction, as symmetric relations are stored once), with article, date and offsets.
// :param subject => 'RUS'
// :param relation => 'SUPPLIES'
// :param object => 'VEN'
// :param status => 'asserted'
MATCH (s:Entity {id: $subject})-[r]-(o:Entity {id: $object})
WHERE type(r) = $relation AND r.status = $status
MATCH (m:Mention) WHERE m.key STARTS WITH r.key + ','
MATCH (e:Evidence {id: m.evidence})-[:IN]->(article:Article)
RETURN startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id AS edge,
       article.id AS article, article.date AS date, e.start AS start, e.end AS end,
       e.sentence AS sentence
ORDER BY date, article, start
