// Who supplies whom? Every SUPPLIES edge (arms, aid, loans, equipment, personnel: PLOVER AID,
// CAMEO 07), most mentioned first, with the dates it was reported.
// Set status to 'hypothetical' for promised or threatened supplies, 'negated' for denied ones.
// :param status => 'asserted'
// :param limit => 25
MATCH (s:Entity)-[r:SUPPLIES]->(o:Entity)
WHERE r.status = $status
RETURN s.id AS supplier, s.name AS supplier_name,
       o.id AS recipient, o.name AS recipient_name,
       r.count AS mentions, r.first_date AS first_date, r.last_date AS last_date
ORDER BY mentions DESC, supplier, recipient
LIMIT $limit
