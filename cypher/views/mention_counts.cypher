// description: How often each given entity is mentioned, in the articles that pass the publisher and date filters
// params: ids (list) - entity ids; publishers (list) - null for all; documents (list) - document ids, null for all; date_from (string) - ISO date, null for open; date_to (string) - ISO date, null for open
UNWIND $ids AS entity_id
MATCH (e:Entity {id: entity_id})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
WHERE ($publishers IS NULL OR coalesce(d.publisher, '') IN $publishers)
  AND ($documents IS NULL OR d.id IN $documents)
  AND ($date_from IS NULL OR d.published >= $date_from)
  AND ($date_to IS NULL OR d.published <= $date_to)
RETURN e.id AS id, coalesce(sum(m.count), 0) AS mentions, count(DISTINCT d) AS articles
