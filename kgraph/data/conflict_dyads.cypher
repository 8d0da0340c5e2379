// Who is in conflict with whom? Pairs of actors with asserted conflict edges (QuadClass 3
// verbal, 4 material: criticizes, warns, sanctions, attacks ...), most mentioned first.
// :param min_quad_class => 3
// :param limit => 25
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.quad_class >= $min_quad_class AND r.status = 'asserted'
RETURN s.id AS subject, o.id AS object, sum(r.count) AS mentions,
       collect(DISTINCT type(r)) AS relations, max(r.quad_class) AS worst_quad_class,
       min(r.first_date) AS first_date, max(r.last_date) AS last_date
ORDER BY mentions DESC, subject, object
LIMIT $limit
