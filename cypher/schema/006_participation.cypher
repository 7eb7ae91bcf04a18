// Claims (a count of an instrument's parties as a source states it) and topics (what an
// instrument, commitment or act concerns), written by loaders/participation.py.
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
// Typed participation is read by instrument and date; claims by instrument.
CREATE INDEX claim_instrument IF NOT EXISTS FOR (n:Claim) ON (n.instrument_id);
