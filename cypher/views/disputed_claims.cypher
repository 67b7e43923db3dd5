// description: Pairs on which sources disagree: one publisher or attributed source presents the relation as cooperative, another as hostile
// params: limit (int) - pairs
MATCH (c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
WHERE c.polarity IN ['cooperative', 'hostile'] AND s <> o
MATCH (c)-[:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(src:Entity)
WITH c, d, CASE WHEN s.id < o.id THEN s ELSE o END AS a, CASE WHEN s.id < o.id THEN o ELSE s END AS b,
     coalesce(src.name, d.publisher, 'unknown source') AS voice
WITH a, b, voice, collect(DISTINCT c.polarity) AS stances, count(DISTINCT d) AS articles
WITH a, b, collect({voice: voice, stances: stances, articles: articles}) AS voices
WHERE any(v IN voices WHERE v.stances = ['cooperative'])
  AND any(v IN voices WHERE v.stances = ['hostile'])
RETURN a.id AS a, a.name AS a_name, b.id AS b, b.name AS b_name,
       [v IN voices WHERE v.stances = ['cooperative'] | v.voice] AS cooperative_voices,
       [v IN voices WHERE v.stances = ['hostile'] | v.voice] AS hostile_voices,
       [v IN voices WHERE size(v.stances) > 1 | v.voice] AS mixed_voices
ORDER BY size(cooperative_voices) + size(hostile_voices) DESC, a_name, b_name
LIMIT $limit
