// Another document with the same bytes under a different name.
MATCH (d:Document {sha256: $sha256})
WHERE d.path <> $path
RETURN d.path AS path LIMIT 1
