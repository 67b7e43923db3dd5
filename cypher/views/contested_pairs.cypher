// description: Pairs of entities with both cooperative and hostile claims, with each side's evidence per publisher
// params: limit (int) - pairs
MATCH (c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
WHERE c.polarity IN ['cooperative', 'hostile'] AND s <> o
MATCH (c)-[:STATED_IN]->(d:Document)
WITH c, d, CASE WHEN s.id < o.id THEN s ELSE o END AS a, CASE WHEN s.id < o.id THEN o ELSE s END AS b
WITH a, b, count(DISTINCT CASE WHEN c.polarity = 'cooperative' THEN d END) AS cooperative,
     count(DISTINCT CASE WHEN c.polarity = 'hostile' THEN d END) AS hostile,
     count(DISTINCT d) AS articles, collect(DISTINCT coalesce(d.publisher, '')) AS publishers
WHERE cooperative > 0 AND hostile > 0
RETURN a.id AS a, a.name AS a_name, a.type AS a_type, b.id AS b, b.name AS b_name,
       b.type AS b_type, cooperative, hostile, articles, publishers
ORDER BY (CASE WHEN cooperative < hostile THEN cooperative ELSE hostile END) DESC, articles DESC,
         a_name, b_name
LIMIT $limit
