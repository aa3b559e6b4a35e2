-- Stage Zielvereinbarung: the agreement itself, written only by the stage's services from the validated input of the
-- party whose task it is and the authenticated user. The draft (budget, projects, signatories) only by the ministry's
-- "Entwurf erstellen"; each signature (who, where, when, scan) only by its own signing task; the receipt only by
-- "Eingang bestätigen". Documents, mails and the portal read these rows, never process variables.
CREATE TABLE aqb_zielvereinbarung (
  foerderfall_nummer          VARCHAR(40)     NOT NULL PRIMARY KEY,
  kreisschluessel             VARCHAR(5)      NOT NULL,
  jahr                        INTEGER         NOT NULL,
  status                      VARCHAR(20)     NOT NULL,
  budget_cent                 BIGINT,
  projekte_json               VARCHAR(100000),
  paragraph2_jahrestext       VARCHAR(5000),
  buendnis_zeitraum           VARCHAR(100),
  ministerium_name            VARCHAR(200),
  ministerium_titel           VARCHAR(200),
  partner_name                VARCHAR(200),
  partner_titel               VARCHAR(200),
  entwurf_datum               DATE,
  entwurf_von                 VARCHAR(64),
  entwurf_am                  TIMESTAMP,
  entwurf_pdf                 BYTEA,
  storno_grund                VARCHAR(2000),
  ministerium_ort             VARCHAR(100),
  ministerium_datum           DATE,
  ministerium_von             VARCHAR(64),
  ministerium_am              TIMESTAMP,
  ministerium_scan_name       VARCHAR(255),
  ministerium_scan            BYTEA,
  partner_ort                 VARCHAR(100),
  partner_datum               DATE,
  partner_von                 VARCHAR(64),
  partner_am                  TIMESTAMP,
  partner_scan_name           VARCHAR(255),
  partner_scan                BYTEA,
  endfassung_pdf              BYTEA,
  eingang_datum               DATE,
  eingang_von                 VARCHAR(64),
  eingang_am                  TIMESTAMP,
  CONSTRAINT ck_aqb_zv_budget CHECK (budget_cent IS NULL OR budget_cent > 0)
);

-- Every review of a draft by the body: who, when, agreed or which change was asked for.
CREATE TABLE aqb_zv_pruefrunde (
  foerderfall_nummer  VARCHAR(40)   NOT NULL,
  runde               INTEGER       NOT NULL,
  geprueft_von        VARCHAR(64)   NOT NULL,
  geprueft_am         TIMESTAMP     NOT NULL,
  zugestimmt          BOOLEAN       NOT NULL,
  aenderungswunsch    VARCHAR(5000),
  PRIMARY KEY (foerderfall_nummer, runde)
);
