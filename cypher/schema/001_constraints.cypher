// Uniqueness constraints: every node is MERGEd on one of these keys, so a load run
// twice, or two loaders at once, can never create a duplicate.
// Every node carries :Entity {uid} so one parameterised statement can MERGE any of them.
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (n:Entity) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT state_iso2 IF NOT EXISTS FOR (n:State) REQUIRE n.iso2 IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT product_key IF NOT EXISTS FOR (n:Product) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT edition_id IF NOT EXISTS FOR (n:Edition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_path IF NOT EXISTS FOR (n:Document) REQUIRE n.path IS UNIQUE;
CREATE CONSTRAINT language_block_id IF NOT EXISTS FOR (n:LanguageBlock) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT commitment_id IF NOT EXISTS FOR (n:Commitment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT commitment_text_id IF NOT EXISTS FOR (n:CommitmentText) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT legal_act_id IF NOT EXISTS FOR (n:LegalAct) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_run_id IF NOT EXISTS FOR (n:LoadRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT merge_decision_id IF NOT EXISTS FOR (n:MergeDecision) REQUIRE n.id IS UNIQUE;
