-- Stage Durchführung, issue #10: a Mittelabruf names the measures it is for. One row per request and measure: what the
-- body requested for the measure, what the RP decided to pay on it and what was paid (written in the same transaction
-- as the decision, under the case's lock). The request's row in aqb_mittelabruf keeps the totals.
--
-- Requests recorded before this version have no rows here: their payments count against the case's total only
-- (README, "Upgrading").
CREATE TABLE aqb_mittelabruf_posten (
  foerderfall_nummer     VARCHAR(40)   NOT NULL,
  abruf_nummer           INTEGER       NOT NULL,
  massnahme_id           VARCHAR(60)   NOT NULL,
  angefordert_cent       BIGINT        NOT NULL CHECK (angefordert_cent >= 0),
  ausgezahlt_cent        BIGINT        NOT NULL DEFAULT 0 CHECK (ausgezahlt_cent >= 0 AND ausgezahlt_cent <= angefordert_cent),
  PRIMARY KEY (foerderfall_nummer, abruf_nummer, massnahme_id),
  CONSTRAINT fk_aqb_mittelabruf_posten FOREIGN KEY (foerderfall_nummer, abruf_nummer)
    REFERENCES aqb_mittelabruf (foerderfall_nummer, abruf_nummer)
);

-- How the money paid earlier was used (the Bescheid's rule for every further request).
ALTER TABLE aqb_mittelabruf ADD COLUMN verwendung_bisher VARCHAR(2000);
