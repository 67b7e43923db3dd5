// description: Write one article version in one statement (unless $force, only when neither its content nor its source key is stored yet: no row comes back otherwise and nothing is written): its Document, its entities (Entity plus Actor and Person/Country/Group/Organization, or Location; aliases grow by the given aliases and the surfaces seen), its MENTIONS and its reified Claims (SUBJECT, OBJECT, STATED_IN, ATTRIBUTED_TO). The loader clears an earlier extraction of the same Document first, so mentions and claims are created, not merged. Entity properties and labels are only written when something changed; the entities come back as stored, for resolving later articles.
// params: force (boolean) - write even if a version is stored (the loader has cleared it); doc (map) - Document properties (id, sourceKey, title, byline, publisher, published, url, text, contentType, extractor, sourceName); now (string) - ISO-8601 UTC timestamp; firstSeen (string) - firstSeen of the version it replaces, or null; entities (list) - [{i: position in this list, id, name, type, aliases, surfaces, wikidata, catalog}]; mentions (list) - [{e: position of the entity in $entities, count, surfaces, starts, ends}]; claims (list) - [{id, s, o, a: positions of subject, object and source (or null) in $entities, relation, polarity, certainty, quote, start, end, date, extractor}]
OPTIONAL MATCH (same:Document {id: $doc.id})
OPTIONAL MATCH (held:Document {sourceKey: $doc.sourceKey})
WITH same, held
WHERE $force OR (same IS NULL AND held IS NULL)
MERGE (d:Document {id: $doc.id})
ON CREATE SET d.firstSeen = coalesce($firstSeen, $now)
SET d += $doc, d.lastSeen = $now, d.seen = true
WITH d
CALL () {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
  WITH e, row, reduce(acc = coalesce(e.aliases, []), a IN row.aliases + row.surfaces |
                      CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
  WITH e, row, {name: row.name, type: row.type, catalog: coalesce(e.catalog, false) OR row.catalog,
                givenAliases: row.aliases, aliases: aliases,
                aliasText: reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)} AS props
  CALL (e, row, props) {
    WITH e, row, props
    WHERE NOT coalesce(e {.name, .type, .catalog, .givenAliases, .aliases, .aliasText} = props, false)
       OR (row.wikidata IS NOT NULL AND coalesce(e.wikidata, '') <> row.wikidata)
    SET e += props, e.wikidata = coalesce(row.wikidata, e.wikidata)
    FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Actor:Person)
    FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Actor:Country)
    FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Actor:Group)
    FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Actor:Organization)
    FOREACH (_ IN CASE WHEN row.type = 'Location' THEN [1] ELSE [] END | SET e:Location)
  }
  WITH row.i AS i, e
  WITH collect(i) AS order, collect(e) AS found
  // UNWIND order is not a promise of Cypher: put the nodes back in $entities order explicitly
  WITH [k IN range(0, size(order) - 1) | found[[j IN range(0, size(order) - 1) WHERE order[j] = k][0]]] AS nodes
  RETURN nodes, [e IN nodes | e {.id, .name, .type, .aliases, .wikidata, .catalog}] AS entities
}
CALL (d, nodes) {
  UNWIND $mentions AS row
  WITH d, row, nodes[row.e] AS e
  CREATE (d)-[:MENTIONS {count: row.count, surfaces: row.surfaces, starts: row.starts, ends: row.ends}]->(e)
}
CALL (d, nodes) {
  UNWIND $claims AS row
  WITH d, row, nodes, nodes[row.s] AS s, nodes[row.o] AS o
  CREATE (c:Claim {id: row.id, relation: row.relation, polarity: row.polarity, certainty: row.certainty,
                   quote: row.quote, start: row.start, end: row.end, date: row.date,
                   extractor: row.extractor})
  CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:STATED_IN]->(d)
  WITH c, nodes[row.a] AS a
  WHERE a IS NOT NULL
  CREATE (c)-[:ATTRIBUTED_TO]->(a)
}
RETURN d.id AS id, entities
