// description: Contested relationships: pairs of actors with both cooperative and hostile claims (allies that clash, enemies that negotiate), ranked by how balanced and how well attested the contradiction is
// params: min_articles (int) - only pairs attested by at least this many articles, default 1; limit (int) - rows, default 25
MATCH (x:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(y:Entity)
WHERE c.polarity IN ['cooperative', 'hostile'] AND x <> y
WITH CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b, c
MATCH (c)-[:STATED_IN]->(d:Document)
WITH a, b,
     sum(CASE c.polarity WHEN 'cooperative' THEN 1 ELSE 0 END) AS cooperative,
     sum(CASE c.polarity WHEN 'hostile' THEN 1 ELSE 0 END) AS hostile,
     count(DISTINCT d) AS articles,
     collect(DISTINCT CASE c.polarity WHEN 'cooperative' THEN c.relation END) AS cooperative_relations,
     collect(DISTINCT CASE c.polarity WHEN 'hostile' THEN c.relation END) AS hostile_relations,
     collect(DISTINCT d.publisher) AS publishers
WHERE cooperative > 0 AND hostile > 0 AND articles >= coalesce($min_articles, 1)
RETURN a.name AS actor, b.name AS other, cooperative, hostile, articles,
       cooperative_relations, hostile_relations, publishers
ORDER BY CASE WHEN cooperative < hostile THEN cooperative ELSE hostile END DESC, articles DESC, actor, other
LIMIT coalesce($limit, 25)
