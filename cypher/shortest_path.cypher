// How are two actors connected? The shortest chains of asserted relation edges between
// source and target (either direction, at most max_hops; negated and hypothetical edges,
// articles and evidence are not hops).
// :param source => 'NOR'
// :param target => 'RUS'
// :param max_hops => 6
MATCH (x:Entity {id: $source}), (y:Entity {id: $target})
MATCH p = allShortestPaths((x)-[*..10]-(y))
WHERE length(p) <= $max_hops AND all(n IN nodes(p) WHERE n:Entity)
  AND all(r IN relationships(p) WHERE r.status = 'asserted')
RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS actors,
       [r IN relationships(p) | startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id]
         AS steps
ORDER BY steps
LIMIT 10
