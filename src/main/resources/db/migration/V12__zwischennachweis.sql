-- Stage Nachweis, Zwischennachweis (ADR 13): one per case and finished Haushaltsjahr of a multi-year grant, requested by
-- the Durchführung at the year change (the unique key makes the request idempotent). Every submission of the body is
-- a new Fassung (a Nachforderung keeps the earlier one), with its zahlenmäßiger Nachweis per measure (planned = the
-- ledger's grant for that Haushaltsjahr, actual = the body's figure, equal to the Belege; paid = Mittelabrufe paid up
-- to the end of the year) and the Belege of that year. The RP's one clerk accepts or asks for more.
CREATE TABLE aqb_zwischennachweis (
  foerderfall_nummer  VARCHAR(40)    NOT NULL,
  haushaltsjahr       INTEGER        NOT NULL,
  prozess_instanz     VARCHAR(64)    NOT NULL,
  angefordert_am      TIMESTAMP      NOT NULL,
  frist               DATE           NOT NULL,
  status              VARCHAR(20)    NOT NULL,
  fassung             INTEGER        NOT NULL DEFAULT 0,
  geprueft_von        VARCHAR(64),
  geprueft_am         TIMESTAMP,
  PRIMARY KEY (foerderfall_nummer, haushaltsjahr),
  CONSTRAINT ck_aqb_zn_status CHECK (status IN ('ANGEFORDERT', 'EINGEREICHT', 'NACHGEFORDERT', 'ANGENOMMEN'))
);

CREATE TABLE aqb_zn_fassung (
  foerderfall_nummer  VARCHAR(40)    NOT NULL,
  haushaltsjahr       INTEGER        NOT NULL,
  fassung             INTEGER        NOT NULL,
  eingereicht_von     VARCHAR(64)    NOT NULL,
  eingereicht_am      TIMESTAMP      NOT NULL,
  sachbericht         VARCHAR(20000) NOT NULL,
  belegliste_datei    VARCHAR(255)   NOT NULL,
  summe_geplant_cent  BIGINT         NOT NULL,
  summe_ausgaben_cent BIGINT         NOT NULL,
  PRIMARY KEY (foerderfall_nummer, haushaltsjahr, fassung),
  FOREIGN KEY (foerderfall_nummer, haushaltsjahr) REFERENCES aqb_zwischennachweis (foerderfall_nummer, haushaltsjahr)
);

CREATE TABLE aqb_zn_position (
  foerderfall_nummer  VARCHAR(40)    NOT NULL,
  haushaltsjahr       INTEGER        NOT NULL,
  fassung             INTEGER        NOT NULL,
  massnahme_id        VARCHAR(40)    NOT NULL,
  massnahme_name      VARCHAR(500)   NOT NULL,
  geplant_cent        BIGINT         NOT NULL,
  ausgaben_cent       BIGINT         NOT NULL CHECK (ausgaben_cent >= 0),
  ausgezahlt_cent     BIGINT         NOT NULL CHECK (ausgezahlt_cent >= 0),
  PRIMARY KEY (foerderfall_nummer, haushaltsjahr, fassung, massnahme_id)
);

CREATE TABLE aqb_zn_beleg (
  foerderfall_nummer  VARCHAR(40)    NOT NULL,
  haushaltsjahr       INTEGER        NOT NULL,
  fassung             INTEGER        NOT NULL,
  zeile               INTEGER        NOT NULL,
  datum               DATE           NOT NULL,
  zahlungsempfaenger  VARCHAR(500)   NOT NULL,
  verwendungszweck    VARCHAR(2000)  NOT NULL,
  betrag_cent         BIGINT         NOT NULL CHECK (betrag_cent > 0),
  massnahme_id        VARCHAR(40)    NOT NULL,
  PRIMARY KEY (foerderfall_nummer, haushaltsjahr, fassung, zeile)
);

CREATE TABLE aqb_zn_nachforderung (
  foerderfall_nummer  VARCHAR(40)    NOT NULL,
  haushaltsjahr       INTEGER        NOT NULL,
  runde               INTEGER        NOT NULL,
  fassung             INTEGER        NOT NULL,
  text                VARCHAR(4000)  NOT NULL,
  von                 VARCHAR(64)    NOT NULL,
  am                  TIMESTAMP      NOT NULL,
  PRIMARY KEY (foerderfall_nummer, haushaltsjahr, runde)
);
