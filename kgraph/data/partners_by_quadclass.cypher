// Who are an actor's partners, and is it cooperation or conflict? Asserted event edges between
// the actor and each partner, in either direction, counted by QuadClass: 1 verbal and
// 2 material cooperation, 3 verbal and 4 material conflict. With with_members a country
// speaks also for its groups and people (RUS includes RUS:GOV, RUS:MIL, Vladimir Putin).
// :param actor => 'RUS'
// :param with_members => true
MATCH (a:Entity)
WHERE a.id = $actor OR ($with_members AND a.country = $actor AND a.kind <> 'Location')
WITH collect(a) AS side
UNWIND side AS a
MATCH (a)-[r]-(p:Entity)
WHERE r.quad_class IS NOT NULL AND r.status = 'asserted' AND NOT p IN side
WITH p, r
RETURN p.id AS partner, p.name AS name, p.kind AS kind,
       sum(CASE WHEN r.quad_class <= 2 THEN r.count ELSE 0 END) AS cooperation,
       sum(CASE WHEN r.quad_class >= 3 THEN r.count ELSE 0 END) AS conflict,
       sum(CASE r.quad_class WHEN 1 THEN r.count ELSE 0 END) AS verbal_cooperation,
       sum(CASE r.quad_class WHEN 2 THEN r.count ELSE 0 END) AS material_cooperation,
       sum(CASE r.quad_class WHEN 3 THEN r.count ELSE 0 END) AS verbal_conflict,
       sum(CASE r.quad_class WHEN 4 THEN r.count ELSE 0 END) AS material_conflict,
       collect(DISTINCT type(r)) AS relations
ORDER BY cooperation + conflict DESC, partner
