-- Stage Antrag: the Antrag as the body (and, for their measures, the providers) submitted it, the RP's Nachforderungen
-- with their answers, and the Bescheid draft with who drafted and who released it. Written only by the stage's
-- services from validated inputs and the logged-in user; the process variables of the same names are display copies.
CREATE TABLE aqb_antrag (
  foerderfall_nummer  VARCHAR(40)     NOT NULL PRIMARY KEY,
  massnahmen_json     VARCHAR(1000000) NOT NULL,
  antragsfrist        TIMESTAMP       NOT NULL,
  bearbeitet_von      VARCHAR(64),
  bearbeitet_am       TIMESTAMP,
  eingereicht_von     VARCHAR(64),
  eingereicht_am      DATE
);

CREATE TABLE aqb_antrag_nachforderung (
  foerderfall_nummer  VARCHAR(40)    NOT NULL,
  runde               INTEGER        NOT NULL,
  text                VARCHAR(20000) NOT NULL,
  frist               DATE           NOT NULL,
  von                 VARCHAR(64)    NOT NULL,
  am                  DATE           NOT NULL,
  antwort             VARCHAR(20000),
  beantwortet_von     VARCHAR(64),
  beantwortet_am      DATE,
  PRIMARY KEY (foerderfall_nummer, runde)
);

-- One draft per case (a returned draft is overwritten by the next). The release is recorded on the draft it released;
-- the Vier-Augen rule holds here too.
CREATE TABLE aqb_bescheid_entwurf (
  foerderfall_nummer        VARCHAR(40)    NOT NULL PRIMARY KEY,
  aktenzeichen              VARCHAR(60)    NOT NULL,
  art                       VARCHAR(20)    NOT NULL,
  positionen_json           VARCHAR(100000) NOT NULL,
  bewilligung_von           DATE,
  bewilligung_bis           DATE,
  verwendungsnachweis_frist DATE,
  zwischennachweis_frist    VARCHAR(500),
  mittelabruf_regel         VARCHAR(1000),
  nebenbestimmungen         VARCHAR(200),
  begruendung               VARCHAR(20000),
  verfasser                 VARCHAR(64)    NOT NULL,
  entworfen_am              TIMESTAMP      NOT NULL,
  freigabe_entscheidung     VARCHAR(20),
  freigabe_bemerkung        VARCHAR(20000),
  freigabe_von              VARCHAR(64),
  freigabe_am               TIMESTAMP,
  CONSTRAINT ck_aqb_bescheid_entwurf_vier_augen CHECK (freigabe_von IS NULL OR freigabe_von <> verfasser)
);
