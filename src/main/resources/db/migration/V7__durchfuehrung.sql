-- Stage Durchführung: state that used to live in process variables.
--
-- The request period of a case, fixed by the service when the stage begins: the last day a Mittelabruf is accepted,
-- computed from the Bescheid in force (end of the Bewilligungszeitraum plus the configured run-out). Every request
-- is checked against this row; the process's timer only mirrors it. Also who closed the stage, and when.
CREATE TABLE aqb_abrufzeitraum (
  foerderfall_nummer     VARCHAR(40)   NOT NULL PRIMARY KEY,
  bescheid_aktenzeichen  VARCHAR(60)   NOT NULL,
  letzter_abruftag       DATE          NOT NULL,
  bestimmt_am            TIMESTAMP     NOT NULL,
  abgeschlossen_von      VARCHAR(64),
  abgeschlossen_am       TIMESTAMP
);

-- The RP's decision on an open Mittelabruf, recorded when the RP completes "Mittelabruf prüfen" (with the
-- authenticated user in geprueft_von) and booked by the payment step, which moves auszahlung_cent to
-- ausgezahlt_cent under the case's lock. Until then the row stays OFFEN and pays nothing.
ALTER TABLE aqb_mittelabruf ADD COLUMN entscheidung VARCHAR(20);
ALTER TABLE aqb_mittelabruf ADD COLUMN auszahlung_cent BIGINT;
ALTER TABLE aqb_mittelabruf ADD CONSTRAINT ck_aqb_mittelabruf_entscheidung
  CHECK (entscheidung IS NULL OR entscheidung IN ('AUSGEZAHLT', 'GEKUERZT', 'ABGELEHNT'));
