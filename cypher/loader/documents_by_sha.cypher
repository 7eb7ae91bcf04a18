// Documents already in the graph with these contents (by sha256), for a batch of files at
// once: the same bytes under another name are a duplicate, loaded once.
UNWIND $shas AS sha
MATCH (d:Document {sha256: sha})
RETURN sha AS sha256, collect(d.path) AS paths
