// What the graph already holds for these paths: the content hash decides whether a file
// must be processed again.
UNWIND $paths AS p
MATCH (d:Document {path: p})
RETURN d.path AS path, d.id AS id, d.sha256 AS sha256, d.extractor_version AS extractor_version
