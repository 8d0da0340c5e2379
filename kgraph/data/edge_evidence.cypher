// Which sentences support an edge? The evidence of subject -relation-> object (matched in
// either direction, as symmetric relations are stored once), with article, date and offsets.
// :param subject => 'RUS'
// :param relation => 'SUPPLIES'
// :param object => 'VEN'
// :param status => 'asserted'
MATCH (s:Entity {id: $subject})-[r]-(o:Entity {id: $object})
WHERE type(r) = $relation AND r.status = $status
MATCH (m:Mention) WHERE m.key STARTS WITH r.key + ','
RETURN startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id AS edge,
       m.doc_id AS article, m.date AS date, m.start AS start, m.end AS end,
       m.sentence AS sentence
ORDER BY date, article, start
