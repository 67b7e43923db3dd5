// description: Every cooperative or hostile claim between two entities with its publisher, attributed source, certainty and date, to compare how sources portray the relation
// params: a (string) - entity id; b (string) - entity id
MATCH (c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
WHERE ((s.id = $a AND o.id = $b) OR (s.id = $b AND o.id = $a))
  AND c.polarity IN ['cooperative', 'hostile']
MATCH (c)-[:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(src:Entity)
RETURN c.id AS id, s.name AS subject_name, c.relation AS relation, c.polarity AS polarity,
       o.name AS object_name, c.certainty AS certainty, src.name AS source, c.quote AS quote,
       c.date AS date, d.id AS document, d.title AS title, d.publisher AS publisher,
       d.published AS published, c.extractor AS extractor
ORDER BY published, publisher, c.start
