// The kgraph schema: constraints and indexes, created idempotently (IF NOT EXISTS).
// The Neo4j store runs this (packaged as kgraph/data/schema.cypher) before its first write;
// cypher/schema.cypher is a link to it.
// Run by hand: kgraph query cypher/schema.cypher --graph bolt://127.0.0.1:7687

// Every actor, place and topic is an :Entity (plus its kind as a label: :Country, :Person ...)
// with a unique canonical id (RUS, VEN:GOV, person:nicolas-maduro, igo:un, topic:talks).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// A :Mention is one (edge, evidence sentence) with its words: {key, evidence, doc_id,
// sentence, start, end, date, confidence}; evidence is the sentence's id (doc_id:start-end),
// doc_id its article, date the article's. Its key is the edge's key (r.key, a JSON array of
// subject, relation, status, object without its closing bracket), a comma and the evidence
// id in JSON: unique, so loading an article twice changes nothing, and an edge's mentions
// are MATCH (m:Mention) WHERE m.key STARTS WITH r.key + ','. The edge itself keeps only
// count, first/last date and highest confidence. The only index the loader maintains per
// mention.
CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (m:Mention) REQUIRE m.key IS UNIQUE;

// Lookups by any name: (:Name {key})-[:NAMES]->(:Entity), the key being the stripped,
// casefolded id, name or alias, so "moscow", "the kremlin" and "rus" find RUS exactly as in
// the embedded store, whatever characters the name holds.
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:Name) REQUIRE k.key IS UNIQUE;

// Lookups by display name and kind.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);

// Case-insensitive lookups by name or any alias ("Moscow", "the Kremlin"):
// CALL db.index.fulltext.queryNodes('entity_names', '"the kremlin"')
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
