-- Stage Nachweis, the providers' part (issue #11, part 3; ADR 15): where a provider with its own login runs a measure,
-- it reports that measure's part of the Sachbericht (participants planned from the Antrag, participants reached,
-- results, deviations), its figures (Ausgaben/Einnahmen, Ist) and its Belege in a process of its own. Written only by
-- the stage's services from the validated input and the logged-in user; the body's Verwendungsnachweis takes the parts
-- over by measure id when it is submitted (status UEBERNOMMEN, with the Fassung), after which the provider can no
-- longer change them.
CREATE TABLE aqb_traegerbericht (
  foerderfall_nummer  VARCHAR(40)   NOT NULL,
  traeger_id          VARCHAR(60)   NOT NULL,
  traeger_name        VARCHAR(300)  NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  eingereicht_von     VARCHAR(64)   NOT NULL,
  eingereicht_am      TIMESTAMP     NOT NULL,
  belegliste_datei    VARCHAR(255),
  uebernommen_fassung INTEGER,
  uebernommen_am      TIMESTAMP,
  PRIMARY KEY (foerderfall_nummer, traeger_id),
  CONSTRAINT ck_aqb_traegerbericht_status CHECK (status IN ('EINGEREICHT', 'UEBERNOMMEN'))
);

CREATE TABLE aqb_traegerbericht_massnahme (
  foerderfall_nummer    VARCHAR(40)    NOT NULL,
  massnahme_id          VARCHAR(40)    NOT NULL,
  traeger_id            VARCHAR(60)    NOT NULL,
  massnahme_name        VARCHAR(500)   NOT NULL,
  bewilligt_cent        BIGINT         NOT NULL,
  teilnehmende_geplant  INTEGER,
  teilnehmende_erreicht INTEGER        NOT NULL CHECK (teilnehmende_erreicht >= 0),
  ergebnisse            VARCHAR(20000) NOT NULL,
  abweichungen          VARCHAR(20000),
  ausgaben_cent         BIGINT         NOT NULL CHECK (ausgaben_cent >= 0),
  einnahmen_cent        BIGINT         NOT NULL CHECK (einnahmen_cent >= 0),
  PRIMARY KEY (foerderfall_nummer, massnahme_id),
  CONSTRAINT fk_aqb_traegerbericht_massnahme FOREIGN KEY (foerderfall_nummer, traeger_id)
    REFERENCES aqb_traegerbericht (foerderfall_nummer, traeger_id)
);

CREATE TABLE aqb_traegerbericht_beleg (
  foerderfall_nummer  VARCHAR(40)   NOT NULL,
  traeger_id          VARCHAR(60)   NOT NULL,
  zeile               INTEGER       NOT NULL,
  datum               DATE          NOT NULL,
  zahlungsempfaenger  VARCHAR(500)  NOT NULL,
  verwendungszweck    VARCHAR(2000) NOT NULL,
  betrag_cent         BIGINT        NOT NULL CHECK (betrag_cent > 0),
  massnahme_id        VARCHAR(40)   NOT NULL,
  PRIMARY KEY (foerderfall_nummer, traeger_id, zeile),
  CONSTRAINT fk_aqb_traegerbericht_beleg FOREIGN KEY (foerderfall_nummer, traeger_id)
    REFERENCES aqb_traegerbericht (foerderfall_nummer, traeger_id)
);

-- the body's own part: participants reached in the measures it runs itself (null: all measures run by providers)
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN teilnehmende_erreicht INTEGER;
-- a Beleg of the submitted Belegliste that came from a provider's part (null: the body's own upload)
ALTER TABLE aqb_vn_beleg ADD COLUMN traeger_id VARCHAR(60);
