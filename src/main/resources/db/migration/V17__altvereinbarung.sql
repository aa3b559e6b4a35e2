-- Earlier years' agreements (issue #16; ADR 20): a Zielvereinbarung that was signed on paper before the system, read
-- from its scan's OCR text and confirmed by a ministry clerk. One row per body and year; a second import of the same
-- body and year replaces the row only after the clerk said so. Marked as imported (never "signed in the system"); the
-- source file is kept as uploaded. Written only by the stage's service from the validated, confirmed values.
CREATE TABLE aqb_altvereinbarung (
  kreisschluessel          VARCHAR(5)      NOT NULL,
  jahr                     INTEGER         NOT NULL,
  partner                  VARCHAR(200)    NOT NULL,
  budget_cent              BIGINT          NOT NULL,
  projekte_json            VARCHAR(100000) NOT NULL,
  unterzeichnungen_json    VARCHAR(20000)  NOT NULL,
  lesung_json              VARCHAR(200000) NOT NULL,
  quelle_name              VARCHAR(255)    NOT NULL,
  quelle_typ               VARCHAR(100)    NOT NULL,
  quelle                   BYTEA           NOT NULL,
  uebernommen_von          VARCHAR(64)     NOT NULL,
  uebernommen_am           TIMESTAMP       NOT NULL,
  PRIMARY KEY (kreisschluessel, jahr),
  CONSTRAINT ck_aqb_altvereinbarung_budget CHECK (budget_cent > 0),
  CONSTRAINT ck_aqb_altvereinbarung_jahr CHECK (jahr BETWEEN 2000 AND 2099)
);
