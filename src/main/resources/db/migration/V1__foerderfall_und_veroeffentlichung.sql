-- Own tables of AQB-Workflow beside Camunda's (never prefixed ACT_, no foreign keys into Camunda).

-- One Förderfall per Gebietskörperschaft and year. aktiv_schluessel is 'kreisschluessel/jahr' while the
-- case is not cancelled and NULL afterwards, so the unique constraint allows a new case after a cancellation.
CREATE TABLE aqb_foerderfall (
  nummer              VARCHAR(40)  NOT NULL PRIMARY KEY,
  kreisschluessel     VARCHAR(5)   NOT NULL,
  jahr                INTEGER      NOT NULL,
  status              VARCHAR(20)  NOT NULL,
  aktiv_schluessel    VARCHAR(20),
  prozessinstanz_id   VARCHAR(64),
  angelegt_am         TIMESTAMP    NOT NULL,
  angelegt_von        VARCHAR(64),
  storniert_am        TIMESTAMP,
  storno_grund        VARCHAR(2000),
  CONSTRAINT uq_aqb_foerderfall_aktiv UNIQUE (aktiv_schluessel)
);
CREATE INDEX ix_aqb_foerderfall_gk_jahr ON aqb_foerderfall (kreisschluessel, jahr);

-- Published Zielvereinbarungen for the portal "Arbeitswelt Hessen". Only rows of this table are ever
-- shown to the public; a row is written by the process step "Im Portal veröffentlichen" and nowhere else.
CREATE TABLE aqb_zv_veroeffentlichung (
  foerderfall_nummer      VARCHAR(40)   NOT NULL PRIMARY KEY,
  kreisschluessel         VARCHAR(5)    NOT NULL,
  jahr                    INTEGER       NOT NULL,
  partner                 VARCHAR(200)  NOT NULL,
  budget_cent             BIGINT        NOT NULL,
  projekte_json           VARCHAR(100000) NOT NULL,
  unterzeichnet_ministerium DATE        NOT NULL,
  unterzeichnet_partner   DATE          NOT NULL,
  veroeffentlicht_am      TIMESTAMP     NOT NULL,
  pdf                     BYTEA         NOT NULL
);
CREATE INDEX ix_aqb_zv_veroeffentlichung_jahr ON aqb_zv_veroeffentlichung (jahr);
