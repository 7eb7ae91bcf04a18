// Lookup indexes for the joins the named queries make.
// Evidence is joined to the fact it supports by fact_id (relationships carry the same id).
CREATE INDEX evidence_fact_id IF NOT EXISTS FOR (n:Evidence) ON (n.fact_id);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX edition_date IF NOT EXISTS FOR (n:Edition) ON (n.date);
CREATE INDEX state_name IF NOT EXISTS FOR (n:State) ON (n.name);
CREATE INDEX legal_act_celex IF NOT EXISTS FOR (n:LegalAct) ON (n.celex);
CREATE INDEX load_run_started IF NOT EXISTS FOR (n:LoadRun) ON (n.started_at);
