-- Mittelabrufe of a Förderfall (stage Durchführung): what the body requested and what the RP Kassel paid.
-- A row is written when the body files the request (status OFFEN) and decided once by the RP's booking step;
-- it is never deleted. The amount paid for a case is the sum of ausgezahlt_cent.
CREATE TABLE aqb_mittelabruf (
  foerderfall_nummer     VARCHAR(40)   NOT NULL,
  abruf_nummer           INTEGER       NOT NULL,
  angefordert_cent       BIGINT        NOT NULL CHECK (angefordert_cent > 0),
  bedarf_bis             DATE          NOT NULL,
  verwendungszweck       VARCHAR(2000) NOT NULL,
  angefordert_von        VARCHAR(64)   NOT NULL,
  angefordert_am         TIMESTAMP     NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  ausgezahlt_cent        BIGINT        NOT NULL DEFAULT 0 CHECK (ausgezahlt_cent >= 0 AND ausgezahlt_cent <= angefordert_cent),
  geprueft_von           VARCHAR(64),
  entschieden_am         TIMESTAMP,
  begruendung            VARCHAR(2000),
  PRIMARY KEY (foerderfall_nummer, abruf_nummer),
  CONSTRAINT ck_aqb_mittelabruf_status CHECK (status IN ('OFFEN', 'AUSGEZAHLT', 'GEKUERZT', 'ABGELEHNT'))
);
