// description: Claims involving an actor (optionally only those with a second one), newest article first, with quote, certainty, attributed source and article
// params: id (string) - entity id; other (string) - second entity id, null for any; limit (int) - rows
MATCH (e:Entity {id: $id})<-[r:SUBJECT|OBJECT]-(c:Claim)
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
WHERE $other IS NULL OR s.id = $other OR o.id = $other
MATCH (c)-[:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(src:Entity)
WITH DISTINCT c, s, o, d, src
RETURN c.id AS id, s.id AS subject, s.name AS subject_name, c.relation AS relation,
       c.polarity AS polarity, o.id AS object, o.name AS object_name, c.certainty AS certainty,
       src.name AS source, c.quote AS quote, c.date AS date, d.id AS document,
       d.title AS title, d.publisher AS publisher, d.published AS published,
       c.extractor AS extractor
ORDER BY published DESC, d.id, c.start
LIMIT $limit
