-- Stage Nachweis: the Verwendungsnachweis as submitted (every submission is a new Fassung: a Nachforderung of the
-- RP leads to a second one, the first stays for the record), its zahlenmäßiger Nachweis per measure, the Belegliste
-- row by row, and the RP's result (Vier-Augen: two different clerks, also as a constraint).
CREATE TABLE aqb_verwendungsnachweis (
  foerderfall_nummer        VARCHAR(40)    NOT NULL,
  fassung                   INTEGER        NOT NULL,
  eingereicht_am            TIMESTAMP      NOT NULL,
  eingereicht_von           VARCHAR(64)    NOT NULL,
  sachbericht_durchfuehrung VARCHAR(20000) NOT NULL,
  sachbericht_teilnehmende  VARCHAR(20000) NOT NULL,
  sachbericht_ergebnisse    VARCHAR(20000) NOT NULL,
  sachbericht_abweichungen  VARCHAR(20000),
  belegliste_datei          VARCHAR(255)   NOT NULL,
  summe_ausgaben_cent       BIGINT         NOT NULL,
  summe_einnahmen_cent      BIGINT         NOT NULL,
  sachlich_geprueft_von     VARCHAR(64),
  rechnerisch_geprueft_von  VARCHAR(64),
  ausgezahlt_cent           BIGINT,
  anerkannt_cent            BIGINT,
  rueckforderung_cent       BIGINT,
  zinsen_cent               BIGINT,
  geprueft_am               TIMESTAMP,
  PRIMARY KEY (foerderfall_nummer, fassung),
  CONSTRAINT ck_aqb_vn_vier_augen CHECK (sachlich_geprueft_von IS NULL OR rechnerisch_geprueft_von IS NULL
    OR sachlich_geprueft_von <> rechnerisch_geprueft_von),
  CONSTRAINT ck_aqb_vn_rueckforderung CHECK (rueckforderung_cent IS NULL OR rueckforderung_cent >= 0)
);

CREATE TABLE aqb_vn_position (
  foerderfall_nummer  VARCHAR(40)   NOT NULL,
  fassung             INTEGER       NOT NULL,
  massnahme_id        VARCHAR(40)   NOT NULL,
  massnahme_name      VARCHAR(500)  NOT NULL,
  bewilligt_cent      BIGINT        NOT NULL,
  ausgaben_cent       BIGINT        NOT NULL CHECK (ausgaben_cent >= 0),
  einnahmen_cent      BIGINT        NOT NULL CHECK (einnahmen_cent >= 0),
  anerkannt_cent      BIGINT,
  kuerzungsgrund      VARCHAR(2000),
  PRIMARY KEY (foerderfall_nummer, fassung, massnahme_id),
  CONSTRAINT ck_aqb_vn_anerkannt CHECK (anerkannt_cent IS NULL OR (anerkannt_cent >= 0 AND anerkannt_cent <= ausgaben_cent))
);

CREATE TABLE aqb_vn_beleg (
  foerderfall_nummer  VARCHAR(40)   NOT NULL,
  fassung             INTEGER       NOT NULL,
  zeile               INTEGER       NOT NULL,
  datum               DATE          NOT NULL,
  zahlungsempfaenger  VARCHAR(500)  NOT NULL,
  verwendungszweck    VARCHAR(2000) NOT NULL,
  betrag_cent         BIGINT        NOT NULL CHECK (betrag_cent > 0),
  massnahme_id        VARCHAR(40)   NOT NULL,
  PRIMARY KEY (foerderfall_nummer, fassung, zeile)
);
CREATE INDEX ix_aqb_vn_beleg_massnahme ON aqb_vn_beleg (foerderfall_nummer, massnahme_id);

-- a closed case keeps its aktiv_schluessel: no second case for the same body and year
ALTER TABLE aqb_foerderfall ADD COLUMN abgeschlossen_am TIMESTAMP;
