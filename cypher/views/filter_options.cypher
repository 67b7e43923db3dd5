// description: What the dashboard's filters can offer: publishers, the date range of the articles and the entity types present, the extractors that made claims
// params: none
CALL () {
  MATCH (d:Document)
  RETURN collect(DISTINCT coalesce(d.publisher, '')) AS publishers,
         min(d.published) AS first_date, max(d.published) AS last_date, count(d) AS documents
}
CALL () {
  MATCH (e:Entity)
  RETURN collect(DISTINCT e.type) AS types, count(e) AS entities
}
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims, collect(DISTINCT c.extractor) AS extractors
}
RETURN publishers, first_date, last_date, documents, types, entities, claims, extractors
