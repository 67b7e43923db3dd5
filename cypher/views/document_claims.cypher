// description: The claims one article makes, in text order
// params: id (string) - document id
MATCH (c:Claim)-[:STATED_IN]->(d:Document {id: $id})
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(src:Entity)
RETURN c.id AS id, s.id AS subject, s.name AS subject_name, c.relation AS relation,
       c.polarity AS polarity, o.id AS object, o.name AS object_name, c.certainty AS certainty,
       src.name AS source, c.quote AS quote, c.date AS date, c.start AS start, c.end AS end,
       c.extractor AS extractor
ORDER BY c.start, c.relation
