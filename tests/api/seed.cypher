// A small graph shaped exactly like docs/model.md, standing in for the loaded corpus in the
// API tests: one joint statement in three editions, a 2018 position paper through which
// states opposed the dual-use recast, commitments in two languages, documents with
// language blocks, mentions, and Evidence nodes joined to every fact by fact_id.
// Statements are separated by ';' and run in order (tests/api/conftest.py).

UNWIND [
  {iso2: 'SE', iso3: 'SWE', name: 'Sweden', eu: true}, {iso2: 'GB', iso3: 'GBR', name: 'United Kingdom', eu: false},
  {iso2: 'US', iso3: 'USA', name: 'United States', eu: false}, {iso2: 'FI', iso3: 'FIN', name: 'Finland', eu: true},
  {iso2: 'PL', iso3: 'POL', name: 'Poland', eu: true}, {iso2: 'IE', iso3: 'IRL', name: 'Ireland', eu: true},
  {iso2: 'DE', iso3: 'DEU', name: 'Germany', eu: true}, {iso2: 'EE', iso3: 'EST', name: 'Estonia', eu: true},
  {iso2: 'CZ', iso3: 'CZE', name: 'Czech Republic', eu: true}
] AS s
CREATE (:State {iso2: s.iso2, iso3: s.iso3, name: s.name, eu_member: s.eu, names: ['en:' + s.name]});

// EU membership spells, as the writer sets them from loaders/data/eu_membership.yaml.
UNWIND [['SE', '1995-01-01', null], ['GB', '1973-01-01', '2020-01-31'], ['FI', '1995-01-01', null], ['PL', '2004-05-01', null],
        ['IE', '1973-01-01', null], ['DE', '1958-01-01', null], ['EE', '2004-05-01', null], ['CZ', '2004-05-01', null]] AS m
MATCH (s:State {iso2: m[0]})
SET s.eu_joined = date(m[1]), s.eu_left = CASE WHEN m[2] IS NULL THEN null ELSE date(m[2]) END;

CREATE (i:Instrument {id: 'spyware-joint-statement', title: 'Joint statement on commercial spyware (test seed)',
                      kind: 'joint_statement', titles: ['en:Joint statement on commercial spyware (test seed)'], origin: 'metadata'})
WITH i
UNWIND [[1, date('2023-03-30'), 3], [2, date('2024-03-18'), 7], [3, date('2024-09-22'), 8]] AS e
CREATE (:Edition {id: 'spyware-joint-statement#' + e[0], instrument_id: i.id, number: e[0], date: e[1], signatory_count: e[2], origin: 'metadata'})-[:EDITION_OF]->(i);

UNWIND [
  {id: 'doc-000', path: 'corpus/000.txt', title: 'Joint Statement (edition 2, pl+en)', date: date('2024-03-18'), kind: 'joint_statement', languages: ['pl', 'en'],
   text: 'Wspolne oswiadczenie w sprawie oprogramowania szpiegujacego. Joint Statement on commercial spyware. Signatories: Finland, Germany, Ireland, Poland, Sweden, United Kingdom, United States.'},
  {id: 'doc-001', path: 'corpus/001.txt', title: 'Kopigais pazinojums (3. redakcija)', date: date('2024-09-22'), kind: 'joint_statement', languages: ['lv'],
   text: 'Kopigais pazinojums par komercialo spiegprogrammaturu. Igaunija, Somija, Vacija, Irija, Polija, Zviedrija, Apvienota Karaliste, Amerikas Savienotas Valstis.'},
  {id: 'doc-002', path: 'corpus/002.txt', title: 'NGOs on a leaked position paper of nine EU member states', date: date('2018-01-01'), kind: 'ngo_statement', languages: ['en'],
   text: 'A position paper of Czech Republic, Estonia, Finland, Ireland, Poland, Sweden and the United Kingdom argues against stricter surveillance export controls in the dual-use recast. FinSpy was used against civil society.'}
] AS d
CREATE (:Document {id: d.id, path: d.path, sha256: 'sha-' + d.id, title: d.title, date: d.date, date_precision: CASE d.id WHEN 'doc-002' THEN 'year' ELSE 'day' END,
                   kind: d.kind, format: 'text', languages: d.languages, text: d.text, source_url: null, extractor_version: '0.1.0'});

MATCH (d:Document {id: 'doc-000'})
CREATE (d)-[:HAS_BLOCK]->(:LanguageBlock {id: 'doc-000#b0', lang: 'pl', start: 0, end: 61, confidence: 0.9}),
       (d)-[:HAS_BLOCK]->(:LanguageBlock {id: 'doc-000#b1', lang: 'en', start: 62, end: 180, confidence: 0.95});

MATCH (d:Document {id: 'doc-001'})
CREATE (d)-[:HAS_BLOCK]->(:LanguageBlock {id: 'doc-001#b0', lang: 'lv', start: 0, end: 150, confidence: 0.97});

MATCH (d:Document {id: 'doc-000'}), (e:Edition {id: 'spyware-joint-statement#2'})
CREATE (d)-[:EXPRESSES {fact_id: 'f-expresses-000'}]->(e)
CREATE (:Evidence {id: 'ev-expresses-000', fact_id: 'f-expresses-000', fact_type: 'expresses', document_id: d.id, quote: 'Joint Statement on commercial spyware',
                   start: 62, end: 99, lang: 'en', confidence: 1.0, origin: 'metadata', extractor: 'metadata.instrument', extractor_version: '0.1.0'})-[:IN_DOCUMENT]->(d);

MATCH (d:Document {id: 'doc-001'}), (e:Edition {id: 'spyware-joint-statement#3'})
CREATE (d)-[:EXPRESSES {fact_id: 'f-expresses-001'}]->(e)
CREATE (:Evidence {id: 'ev-expresses-001', fact_id: 'f-expresses-001', fact_type: 'expresses', document_id: d.id, quote: 'Kopigais pazinojums',
                   start: 0, end: 19, lang: 'lv', confidence: 1.0, origin: 'metadata', extractor: 'metadata.instrument', extractor_version: '0.1.0'})-[:IN_DOCUMENT]->(d);

// Signatures: edition 1 known from curated metadata only (Evidence without a document),
// editions 2 and 3 read from the texts.
UNWIND [
  [1, ['SE', 'GB', 'US'], null],
  [2, ['SE', 'GB', 'US', 'FI', 'DE', 'IE', 'PL'], 'doc-000'],
  [3, ['SE', 'GB', 'US', 'FI', 'DE', 'IE', 'PL', 'EE'], 'doc-001']
] AS row
MATCH (e:Edition {id: 'spyware-joint-statement#' + row[0]})
UNWIND row[1] AS iso2
MATCH (s:State {iso2: iso2})
CREATE (s)-[:SIGNED {fact_id: 'f-signed-' + iso2 + '-' + row[0]}]->(e)
WITH s, e, row
OPTIONAL MATCH (d:Document {id: row[2]})
CREATE (ev:Evidence {id: 'ev-signed-' + s.iso2 + '-' + row[0], fact_id: 'f-signed-' + s.iso2 + '-' + row[0], fact_type: 'signed',
                     document_id: row[2], quote: CASE WHEN d IS NULL THEN 'CATALOG.md edition ' + row[0] ELSE s.name END,
                     start: CASE WHEN d IS NULL THEN null ELSE 120 END, end: CASE WHEN d IS NULL THEN null ELSE 120 + size(s.name) END,
                     lang: CASE row[0] WHEN 3 THEN 'lv' ELSE 'en' END, confidence: 0.95,
                     origin: CASE WHEN d IS NULL THEN 'metadata' ELSE 'text' END, extractor: 'signatories.list', extractor_version: '0.1.0'})
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | CREATE (ev)-[:IN_DOCUMENT]->(d));

MATCH (i:Instrument {id: 'spyware-joint-statement'}), (d:Document {id: 'doc-000'})
UNWIND [['en', 'to refuse licences for intrusion software to buyers who would abuse it'], ['pl', 'odmawiac zezwolen na wywoz oprogramowania']] AS t
MERGE (c:Commitment {id: 'spyware-joint-statement#c1', instrument_id: i.id, ordinal: 1})
MERGE (i)-[:HAS_COMMITMENT]->(c)
CREATE (c)-[:IN_LANGUAGE {fact_id: 'f-commit-1-' + t[0], lang: t[0]}]->(:CommitmentText {id: c.id + '#' + t[0], lang: t[0], text: t[1]})
CREATE (:Evidence {id: 'ev-commit-1-' + t[0], fact_id: 'f-commit-1-' + t[0], fact_type: 'commitment', document_id: d.id, quote: t[1],
                   start: 10, end: 10 + size(t[1]), lang: t[0], confidence: 0.9, origin: 'text', extractor: 'commitments.bullets', extractor_version: '0.1.0'})-[:IN_DOCUMENT]->(d);

CREATE (p:Instrument {id: 'position-paper:2018:dual-use-recast', title: 'Position paper of nine EU member states on the dual-use recast',
                      kind: 'position_paper', origin: 'reported'})
CREATE (old:LegalAct {id: 'celex:52016PC0616', kind: 'proposal', label: 'COM(2016) 616', celex: '52016PC0616', date: date('2016-09-28')})
CREATE (new:LegalAct {id: 'celex:32021R0821', kind: 'regulation', label: 'Regulation (EU) 2021/821', celex: '32021R0821', number: '2021/821', date: date('2021-05-20')})
CREATE (old)-[:BECAME {fact_id: 'f-became-1'}]->(new)
WITH p
MATCH (d:Document {id: 'doc-002'})
CREATE (d)-[:REPORTS {fact_id: 'f-reports-paper'}]->(p)
CREATE (:Evidence {id: 'ev-reports-paper', fact_id: 'f-reports-paper', fact_type: 'reports', document_id: d.id, quote: 'A position paper',
                   start: 0, end: 16, lang: 'en', confidence: 0.9, origin: 'text', extractor: 'reported_documents.position_paper', extractor_version: '0.1.0'})-[:IN_DOCUMENT]->(d);

// Stances: the paper's states opposed stricter export controls in the recast (COM(2016) 616).
MATCH (act:LegalAct {id: 'celex:52016PC0616'}), (d:Document {id: 'doc-002'})
UNWIND ['CZ', 'EE', 'FI', 'IE', 'PL', 'SE', 'GB'] AS iso2
MATCH (s:State {iso2: iso2})
CREATE (s)-[:OPPOSES {fact_id: 'f-opposes-' + iso2, provision: 'new EU control list for surveillance technology',
                      via: 'position-paper:2018:dual-use-recast', reported: true}]->(act)
CREATE (:Evidence {id: 'ev-opposes-' + iso2, fact_id: 'f-opposes-' + iso2, fact_type: 'stance', document_id: d.id,
                   quote: 'argues against stricter surveillance export controls', start: 107, end: 158, lang: 'en', confidence: 0.85,
                   origin: 'text', extractor: 'stances.position_paper', extractor_version: '0.1.0'})-[:IN_DOCUMENT]->(d);

MATCH (d:Document {id: 'doc-002'}), (s:State {iso2: 'FI'})
CREATE (prod:Product {key: 'finspy', name: 'FinSpy'})
CREATE (d)-[:MENTIONS {fact_id: 'f-mention-finspy', kind: 'product', role: null}]->(prod)
CREATE (d)-[:MENTIONS {fact_id: 'f-mention-FI', kind: 'state', role: 'exporter'}]->(s)
CREATE (:Evidence {id: 'ev-mention-finspy', fact_id: 'f-mention-finspy', fact_type: 'mention', document_id: d.id, quote: 'FinSpy',
                   start: 176, end: 182, lang: 'en', confidence: 0.9, origin: 'text', extractor: 'mentions.products', extractor_version: '0.1.0'})-[:IN_DOCUMENT]->(d)
CREATE (:Evidence {id: 'ev-mention-FI', fact_id: 'f-mention-FI', fact_type: 'mention', document_id: d.id, quote: 'Finland',
                   start: 60, end: 67, lang: 'en', confidence: 0.9, origin: 'text', extractor: 'mentions.states', extractor_version: '0.1.0'})-[:IN_DOCUMENT]->(d);

MATCH (d:Document {id: 'doc-002'})
CREATE (o:Organization {key: 'access-now', name: 'Access Now', kind: 'ngo'})-[:AUTHORED {fact_id: 'f-authored-accessnow'}]->(d)
CREATE (:Evidence {id: 'ev-authored-accessnow', fact_id: 'f-authored-accessnow', fact_type: 'authored', document_id: d.id, quote: 'Access Now',
                   start: null, end: null, lang: 'en', confidence: 1.0, origin: 'metadata', extractor: 'metadata.authors', extractor_version: '0.1.0'})-[:IN_DOCUMENT]->(d);
;

// The writer MERGEs every node except Evidence and LanguageBlock as :Entity {uid} (graph/rows.py);
// the seed does the same so a real load (POST /documents) can run on top of it.
MATCH (n) WHERE NOT n:Evidence AND NOT n:LanguageBlock
SET n:Entity, n.uid = CASE
  WHEN n:State THEN 'state:' + n.iso2
  WHEN n:Instrument THEN 'instrument:' + n.id
  WHEN n:Edition THEN 'edition:' + n.id
  WHEN n:LegalAct THEN 'act:' + n.id
  WHEN n:Document THEN 'document:' + n.id
  WHEN n:Commitment THEN 'commitment:' + n.id
  WHEN n:CommitmentText THEN 'commitment_text:' + n.id
  WHEN n:Organization THEN 'org:' + n.key
  WHEN n:Product THEN 'product:' + n.key
END
