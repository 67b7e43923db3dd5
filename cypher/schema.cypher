// description: Constraints and indexes of the geokg graph. Idempotent: applied at every start-up.
// params: none
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT document_source IF NOT EXISTS FOR (d:Document) REQUIRE d.sourceKey IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (r:IngestRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX claim_relation IF NOT EXISTS FOR (c:Claim) ON (c.relation);
CREATE INDEX claim_polarity IF NOT EXISTS FOR (c:Claim) ON (c.polarity);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
CREATE INDEX document_publisher IF NOT EXISTS FOR (d:Document) ON (d.publisher);
CREATE INDEX ingest_run_started IF NOT EXISTS FOR (r:IngestRun) ON (r.startedAt);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.text];
