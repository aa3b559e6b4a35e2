-- Stage Nachweis (ADR 9a): the Belegliste's receipt numbers, the RP's objections per Beleg, what the rechnerische
-- Prüfung derived per measure, and the financing type of the Bescheid (how Einnahmen count).

-- receipt number of a Beleg (null in lists written with the earlier template, which had no such column)
ALTER TABLE aqb_vn_beleg ADD COLUMN belegnummer VARCHAR(200);

-- the RP's objections, one per Beleg (row of the stored Belegliste) of a Fassung
CREATE TABLE aqb_vn_einwand (
  foerderfall_nummer  VARCHAR(40)   NOT NULL,
  fassung             INTEGER       NOT NULL,
  zeile               INTEGER       NOT NULL,
  grund               VARCHAR(40)   NOT NULL,
  kommentar           VARCHAR(1000),
  von                 VARCHAR(64)   NOT NULL,
  am                  TIMESTAMP     NOT NULL,
  PRIMARY KEY (foerderfall_nummer, fassung, zeile),
  CONSTRAINT fk_aqb_vn_einwand_beleg FOREIGN KEY (foerderfall_nummer, fassung, zeile)
    REFERENCES aqb_vn_beleg (foerderfall_nummer, fassung, zeile),
  CONSTRAINT ck_aqb_vn_einwand_grund CHECK (grund IN ('NICHT_FOERDERFAEHIG', 'AUSSERHALB_ZEITRAUM', 'ANDERE_MASSNAHME',
    'DOPPELTE_BELEGNUMMER'))
);

-- per measure: objected Belege, what the grant may cover after Einnahmen, and what the tolerance rule did not recognise
ALTER TABLE aqb_vn_position ADD COLUMN beanstandet_cent BIGINT;
ALTER TABLE aqb_vn_position ADD COLUMN foerderfaehig_cent BIGINT;
ALTER TABLE aqb_vn_position ADD COLUMN toleriert_cent BIGINT;
ALTER TABLE aqb_vn_position ADD COLUMN nicht_anerkannt_toleranz_cent BIGINT;

-- the financing type of a Bescheid; the AQB's Zuwendungsbescheid grants a Festbetrag (its text says so), the other
-- types exist for the Nachweis's rules; ANTEIL needs its share in percent
ALTER TABLE aqb_bescheid ADD COLUMN finanzierungsart VARCHAR(20) DEFAULT 'FESTBETRAG' NOT NULL;
ALTER TABLE aqb_bescheid ADD COLUMN finanzierung_anteil_prozent DECIMAL(5,2);
ALTER TABLE aqb_bescheid ADD CONSTRAINT ck_aqb_bescheid_finanzierung CHECK (
  finanzierungsart IN ('FESTBETRAG', 'FEHLBEDARF', 'VOLLFINANZIERUNG')
  OR (finanzierungsart = 'ANTEIL' AND finanzierung_anteil_prozent > 0 AND finanzierung_anteil_prozent <= 100));
