// Full-text search over document text and titles (GET /search).
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (n:Document) ON EACH [n.title, n.text];

// Organisation names and keys, folded (case and accents), for the search box (GET /organizations?q=).
CREATE FULLTEXT INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.key] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
