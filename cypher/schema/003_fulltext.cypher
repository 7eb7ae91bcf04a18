// Full-text search over document text and titles (GET /search).
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (n:Document) ON EACH [n.title, n.text];
