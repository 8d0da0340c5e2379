// How are two actors connected? The shortest chains (up to 6 hops, either direction) of
// asserted relation edges between source and target. Hops go through actors only: not
// through topics that everyone relates to ("talks").
// :param source => 'NOR'
// :param target => 'RUS'
MATCH (x:Entity {id: $source}), (y:Entity {id: $target})
MATCH p = allShortestPaths((x)-[*..6]-(y))
WHERE all(n IN nodes(p) WHERE n:Entity AND (n.kind <> 'Topic' OR n = x OR n = y))
  AND all(r IN relationships(p) WHERE r.status = 'asserted')
RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS actors,
       [r IN relationships(p) | startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id]
         AS steps
ORDER BY steps
LIMIT 10
