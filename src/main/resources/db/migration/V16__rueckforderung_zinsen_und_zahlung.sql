-- Stage Nachweis, issue #11: interest on money not used within two months of its payment (§ 49a Abs. 4 HVwVfG), the
-- warning when a Basiszinssatz was missing, and the payments received on the Rückforderung (partial payments; how each
-- was applied: first to interest, then to the principal, § 367 BGB; interest for late payment after the due date).
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN zinsen_abs4_cent BIGINT;
ALTER TABLE aqb_verwendungsnachweis ADD COLUMN zins_warnung VARCHAR(1000);

CREATE TABLE aqb_rueckzahlung (
  foerderfall_nummer     VARCHAR(40)   NOT NULL,
  lfd                    INTEGER       NOT NULL,
  eingang_am             DATE          NOT NULL,
  betrag_cent            BIGINT        NOT NULL CHECK (betrag_cent > 0),
  verzugszinsen_cent     BIGINT        NOT NULL CHECK (verzugszinsen_cent >= 0),
  auf_zinsen_cent        BIGINT        NOT NULL CHECK (auf_zinsen_cent >= 0),
  auf_hauptforderung_cent BIGINT       NOT NULL CHECK (auf_hauptforderung_cent >= 0),
  offen_danach_cent      BIGINT        NOT NULL CHECK (offen_danach_cent >= 0),
  erfasst_von            VARCHAR(64)   NOT NULL,
  erfasst_am             TIMESTAMP     NOT NULL,
  PRIMARY KEY (foerderfall_nummer, lfd),
  CONSTRAINT ck_aqb_rueckzahlung_aufteilung CHECK (auf_zinsen_cent + auf_hauptforderung_cent = betrag_cent)
);

-- reminders and dunning letters sent for an unpaid Rückforderung (stufe 0 = reminder before the due date)
CREATE TABLE aqb_rueckforderung_mahnung (
  foerderfall_nummer     VARCHAR(40)   NOT NULL,
  stufe                  INTEGER       NOT NULL,
  am                     TIMESTAMP     NOT NULL,
  offen_cent             BIGINT        NOT NULL,
  PRIMARY KEY (foerderfall_nummer, stufe)
);
