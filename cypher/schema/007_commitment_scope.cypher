// Kinds of party a commitment is addressed to (governments, companies, online service
// providers, civil society), written by graph/rows.py from Commitment.addressed_to.
CREATE CONSTRAINT party_kind_id IF NOT EXISTS FOR (n:PartyKind) REQUIRE n.id IS UNIQUE;
