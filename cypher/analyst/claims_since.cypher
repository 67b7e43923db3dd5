// description: The newest claims: everything stated since a date (the event date the text gives, else the article's publication date), optionally of one polarity or relation, newest first
// params: since (string) - ISO date, e.g. 2024-01-01, default all; polarity (string) - cooperative, hostile or structural, default all; relation (string) - e.g. ATTACKS, default all; limit (int) - rows, default 100
MATCH (c:Claim)-[:STATED_IN]->(d:Document)
WITH c, d, coalesce(c.date, d.published) AS date
WHERE ($since IS NULL OR date >= $since)
  AND ($polarity IS NULL OR c.polarity = toLower($polarity))
  AND ($relation IS NULL OR c.relation = toUpper($relation))
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(src:Entity)
RETURN date, s.name AS subject, c.relation AS relation, o.name AS object, c.certainty AS certainty,
       coalesce(src.name, 'the author') AS according_to, c.quote AS quote, d.title AS article,
       d.publisher AS publisher
ORDER BY date DESC, article, c.start
LIMIT coalesce($limit, 100)
