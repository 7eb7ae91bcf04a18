// How many relationships the graph holds (a count-store lookup, not a scan): a writer
// follows the graph's growth from here to know when to have its statements planned again.
MATCH ()-[r]->() RETURN count(r) AS relationships
