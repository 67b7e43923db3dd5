// description: Relations between pairs of entities under the network filters, one row per pair, polarity, relation and direction, with the supporting articles and claims (newest article first)
// params: polarities (list) - null for all; relations (list) - null for all; certainties (list) - null for all; types (list) - entity types, null for all; publishers (list) - null for all; documents (list) - document ids, null for all; date_from (string) - ISO date, null for open; date_to (string) - ISO date, null for open; readers (list) - prefixes of the extractor names to keep ('geokg.rules', 'geokg.learned', 'geokg.llm'), null for all
MATCH (c:Claim)-[:STATED_IN]->(d:Document)
WHERE ($polarities IS NULL OR c.polarity IN $polarities)
  AND ($relations IS NULL OR c.relation IN $relations)
  AND ($certainties IS NULL OR c.certainty IN $certainties)
  AND ($publishers IS NULL OR coalesce(d.publisher, '') IN $publishers)
  AND ($documents IS NULL OR d.id IN $documents)
  AND ($date_from IS NULL OR d.published >= $date_from)
  AND ($date_to IS NULL OR d.published <= $date_to)
  AND ($readers IS NULL OR any(p IN $readers WHERE coalesce(c.extractor, '') STARTS WITH p))
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
WHERE s <> o AND ($types IS NULL OR (s.type IN $types AND o.type IN $types))
WITH c, d, s, o, s.id < o.id AS forward
WITH c, d, forward,
     CASE WHEN forward THEN s ELSE o END AS a,
     CASE WHEN forward THEN o ELSE s END AS b
ORDER BY d.published DESC, c.start
WITH a, b, c.polarity AS polarity, c.relation AS relation, forward,
     collect(DISTINCT d.id) AS docs, collect(c.id) AS claims
RETURN a.id AS a, a.name AS a_name, a.type AS a_type,
       b.id AS b, b.name AS b_name, b.type AS b_type,
       polarity, relation, forward, docs, claims
