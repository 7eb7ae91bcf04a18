// name: search_documents
// title: Full-text search over documents
// description: Documents whose title or text match an (already escaped) Lucene query on the
//   document_text index, best first, with a snippet around the first matching term.
// param: lucene: string  -- escaped by the API; user syntax never reaches Lucene raw
// param: terms: list[string]  -- lower-case terms, for the snippet
// param: offset: int = 0
// param: limit: int = 20
CALL db.index.fulltext.queryNodes('document_text', $lucene) YIELD node, score
WITH collect({d: node, score: score}) AS hits
RETURN size(hits) AS total, [hit IN hits[$offset..$offset + $limit] |
  {id: hit.d.id, title: hit.d.title, date: CASE hit.d.date_precision WHEN 'year' THEN toString(hit.d.date.year) WHEN 'month' THEN left(toString(hit.d.date), 7) ELSE toString(hit.d.date) END, kind: hit.d.kind, languages: hit.d.languages, score: hit.score,
   snippet: CASE
     WHEN hit.d.text IS NULL THEN null
     ELSE trim(substring(hit.d.text,
       reduce(start = 0, pos IN [reduce(best = size(hit.d.text), t IN $terms |
                CASE WHEN size(split(toLower(hit.d.text), t)[0]) < best THEN size(split(toLower(hit.d.text), t)[0]) ELSE best END)] |
              CASE WHEN pos >= size(hit.d.text) OR pos < 80 THEN 0 ELSE pos - 80 END),
       240))
   END}] AS items
