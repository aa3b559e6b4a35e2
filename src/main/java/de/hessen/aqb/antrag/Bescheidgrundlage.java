package de.hessen.aqb.antrag;

import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.referenz.Referenzdaten;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The Bescheid's data from the stored draft, the case head and the stored Antrag: what the letter and the ledger read. */
@Component
class Bescheidgrundlage {

  /** Printed in place of the releasing clerk while the Bescheid is a draft. */
  static final String ENTWURF_OHNE_FREIGABE = "(Entwurf – Freigabe ausstehend)";

  private final Referenzdaten referenzdaten;
  private final Personen personen;
  private final AntragAblage antraege;

  Bescheidgrundlage(Referenzdaten referenzdaten, Personen personen, AntragAblage antraege) {
    this.referenzdaten = referenzdaten;
    this.personen = personen;
    this.antraege = antraege;
  }

  BescheidDaten daten(Fallkopf fall, BescheidEntwurfAblage.Entwurf e, LocalDate bescheidDatum, String freigabe) {
    var gk = referenzdaten.nachKreisschluessel(fall.kreisschluessel()).orElseThrow();
    return new BescheidDaten(e.aktenzeichen(), bescheidDatum, e.art(), gk.bezeichnung(), gk.formen().dativ(), fall.jahr(),
        antraege.eingereichtAm(fall.nummer()).orElse(null), e.positionen(), e.bewilligungVon(), e.bewilligungBis(),
        e.mittelabrufRegel(), e.zwischennachweisFrist(), e.verwendungsnachweisFrist(), e.nebenbestimmungen(), e.begruendung(),
        personen.anzeigename(e.verfasser()), freigabe == null ? ENTWURF_OHNE_FREIGABE : personen.anzeigename(freigabe));
  }
}
