// The kgraph schema: constraints and indexes, created idempotently (IF NOT EXISTS).
// The Neo4j store runs this (packaged as kgraph/data/schema.cypher) before its first write;
// cypher/schema.cypher is a link to it.
// Run by hand: kgraph query cypher/schema.cypher --graph bolt://127.0.0.1:7687

// Every actor, place and topic is an :Entity (plus its kind as a label: :Country, :Person ...)
// with a unique canonical id (RUS, VEN:GOV, person:nicolas-maduro, igo:un, topic:talks).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// An :Article is one input document (id = doc_id); an :Evidence node is one sentence of it
// (id = doc_id:start-end), and relation edges list the evidence ids that support them.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;

// Lookups by display name and kind.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);

// Case-insensitive lookups by name or any alias ("Moscow", "the Kremlin"):
// CALL db.index.fulltext.queryNodes('entity_names', '"the kremlin"')
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];

// The articles of a day or period.
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
