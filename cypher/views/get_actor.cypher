// description: One entity's identity: canonical name, type, aliases, Wikidata id, and its totals
// params: id (string) - entity id
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
WITH e, coalesce(sum(m.count), 0) AS mentions, count(d) AS articles
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       e.wikidata AS wikidata, coalesce(e.catalog, false) AS catalog, mentions, articles,
       COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } AS claims
