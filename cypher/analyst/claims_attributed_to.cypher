// description: Every claim the articles attribute to one source (a person, government or group speaking), newest first, with quote and article
// params: source (string) - the speaking actor: id, name or alias; limit (int) - rows, default 100
CALL () {
  MATCH (x:Entity)
  WHERE x.id = $source OR toLower(x.name) = toLower($source)
     OR toLower($source) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
  WITH x ORDER BY CASE WHEN x.id = $source THEN 0 WHEN toLower(x.name) = toLower($source) THEN 1 ELSE 2 END,
                  COUNT { (x)<-[:MENTIONS]-() } DESC
  LIMIT 1
  RETURN x AS src
}
MATCH (src)<-[:ATTRIBUTED_TO]-(c:Claim)-[:STATED_IN]->(d:Document)
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
RETURN coalesce(c.date, d.published) AS date, src.name AS source, s.name AS subject, c.relation AS relation,
       o.name AS object, c.certainty AS certainty, c.quote AS quote, d.title AS article, d.publisher AS publisher
ORDER BY date DESC, article, c.start
LIMIT coalesce($limit, 100)
