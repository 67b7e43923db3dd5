// description: Constraints and indexes of the geokg graph. Idempotent: applied at every start-up.
// params: none
// Full-text indexes are eventually consistent: Lucene updates happen just after commit, off the
// write path (indexing an article's text at commit tripled the cost of loading it). Tests that
// search right after loading call db.index.fulltext.awaitEventuallyConsistentIndexRefresh().
// No index on Claim.polarity: three values, a function of Claim.relation; queries anchor on actors.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT document_source IF NOT EXISTS FOR (d:Document) REQUIRE d.sourceKey IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (r:IngestRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX claim_relation IF NOT EXISTS FOR (c:Claim) ON (c.relation);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
CREATE INDEX document_publisher IF NOT EXISTS FOR (d:Document) ON (d.publisher);
CREATE INDEX ingest_run_started IF NOT EXISTS FOR (r:IngestRun) ON (r.startedAt);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.text]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
