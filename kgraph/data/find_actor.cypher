// Which entities answer to a name? Case-insensitive search over names and aliases with the
// entity_names full-text index ("Moscow", "the Kremlin", "Maduro"), best match first.
// :param name => 'Moscow'
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ''), '"', '') + '"')
YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind, node.country AS country,
       node.aliases AS aliases, score
ORDER BY score DESC, id
LIMIT 10
