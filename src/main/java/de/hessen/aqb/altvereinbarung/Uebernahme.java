package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.altvereinbarung.domain.Bestaetigung;
import de.hessen.aqb.gemeinsam.Datumsanzeige;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.referenz.Referenzdaten;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Altvereinbarung übernehmen": stores what the ministry's clerk confirmed (checked by {@link Bestaetigung}),
 * marked as imported, with the source file as uploaded and the reading it started from. A body and year already held
 * are replaced only when the clerk said so; everything in one transaction, so nothing is stored half.
 */
@Service
public class Uebernahme {

  /** The uploaded file as it is kept. */
  public record Quelldatei(String name, String typ, byte[] inhalt) {}

  private final AltvereinbarungTabelle tabelle;
  private final Referenzdaten referenzdaten;
  private final Clock uhr;

  Uebernahme(AltvereinbarungTabelle tabelle, Referenzdaten referenzdaten, Clock uhr) {
    this.tabelle = tabelle;
    this.referenzdaten = referenzdaten;
    this.uhr = uhr;
  }

  @Transactional
  public Altvereinbarung bestaetige(Bestaetigung eingabe, boolean ersetzen, Quelldatei datei, String lesungJson, String von) {
    LocalDate heute = LocalDate.now(uhr);
    Bestaetigung.Geprueft g = eingabe.pruefe((ks, jahr) -> referenzdaten.nachKreisschluessel(ks)
        .filter(k -> k.gueltigImJahr(jahr)).isPresent(), heute);
    if (datei == null || datei.inhalt() == null || datei.inhalt().length == 0) {
      throw new UngueltigeEingabe("Die hochgeladene Datei fehlt. Es wurde nichts gespeichert.");
    }
    Optional<String> vorhanden = vorhanden(g.kreisschluessel(), g.jahr());
    if (vorhanden.isPresent() && !ersetzen) {
      throw new UngueltigeEingabe(vorhanden.get() + " Soll sie ersetzt werden? Dann bitte „Vorhandene Vereinbarung "
          + "ersetzen“ ankreuzen. Es wurde nichts gespeichert.");
    }
    String partner = referenzdaten.nachKreisschluessel(g.kreisschluessel()).orElseThrow().bezeichnung();
    Altvereinbarung a = new Altvereinbarung(g.kreisschluessel(), g.jahr(), partner, g.budgetCent(), g.massnahmen(),
        g.unterzeichnungen(), datei.name(), von, Instant.now(uhr));
    tabelle.speichere(a, lesungJson == null ? "{}" : lesungJson, datei.name(), datei.typ(), datei.inhalt(), von, a.uebernommenAm());
    return a;
  }

  /** A German sentence if the body's agreement of that year is already held (for the review form and the check). */
  public Optional<String> vorhanden(String kreisschluessel, Integer jahr) {
    if (kreisschluessel == null || jahr == null) {
      return Optional.empty();
    }
    return tabelle.von(kreisschluessel, jahr).map(a -> "Für " + a.partner() + " ist die Zielvereinbarung " + a.jahr()
        + " bereits übernommen (am " + LocalDate.ofInstant(a.uebernommenAm(), uhr.getZone()).format(Datumsanzeige.TT_MM_JJJJ)
        + " von " + a.uebernommenVon() + ").");
  }
}
