// description: The evidence of given claims: relation, certainty, who states it, which extractor read it, the quote and the article it comes from
// params: ids (list) - claim ids
UNWIND $ids AS claim_id
MATCH (c:Claim {id: claim_id})-[:STATED_IN]->(d:Document)
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(src:Entity)
RETURN c.id AS id, c.relation AS relation, c.polarity AS polarity, c.certainty AS certainty,
       c.quote AS quote, c.date AS date,
       s.id AS subject, s.name AS subject_name, o.id AS object, o.name AS object_name,
       src.name AS source, d.id AS document, d.title AS title, d.publisher AS publisher,
       d.published AS published, c.extractor AS extractor
