-- Stage Nachweis: the RP's steps and the result are the record, not process variables. Who confirmed "sachlich
-- richtig" is written when it happens (the Vier-Augen check of the second clerk reads it from here); every
-- Nachforderung with its deadline (the body's task is due then); the dates of the Rückforderung and the
-- Schlussbescheid as issued (its PDF is sent from here).
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN sachlich_geprueft_am TIMESTAMP;
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN rechnerisch_geprueft_am TIMESTAMP;
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN zinsen_von DATE;
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN zinsen_bis DATE;
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN rueckforderung_faellig DATE;
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN schlussbescheid_datum DATE;
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN schlussbescheid_pdf BYTEA;

CREATE TABLE aqb_vn_nachforderung (
  foerderfall_nummer  VARCHAR(40)    NOT NULL,
  runde               INTEGER        NOT NULL,
  fassung             INTEGER        NOT NULL,
  text                VARCHAR(20000) NOT NULL,
  frist               DATE           NOT NULL,
  von                 VARCHAR(64)    NOT NULL,
  am                  TIMESTAMP      NOT NULL,
  PRIMARY KEY (foerderfall_nummer, runde)
);
