"""What the graph knows, in formats other tools read: followthemoney entities and statements
(the OpenSanctions ecosystem) and Wikidata QuickStatements. Pure renderings of the rows
``cypher/interop/participation.cypher`` returns; :func:`graph.interop.read.participation_rows`
is the edge that reads them."""
