package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.nachweis.domain.Zinsberechnung;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Schlussbescheid with Rückforderung, from the records only: the Bescheid in force, the stored positions (grant of
 * the ledger, claim of the body, what the second clerk recognised), the result and who checked. Its PDF is stored with
 * the Verwendungsnachweis; the mail sends that one.
 */
@Service
public class SchlussbescheidErstellung {

  /** The generated PDF and its file name. */
  public record Pdf(String dateiname, byte[] inhalt) {}

  private final Verwendungsnachweise verwendungsnachweise;
  private final NachweisPruefungen pruefungen;
  private final NachweisVorbereitung vorbereitung;
  private final NachweisEigenschaften eigenschaften;
  private final SchlussbescheidDokument dokument;
  private final Personen personen;
  private final RueckforderungBerechnung berechnung;

  SchlussbescheidErstellung(Verwendungsnachweise verwendungsnachweise, NachweisPruefungen pruefungen,
      NachweisVorbereitung vorbereitung, NachweisEigenschaften eigenschaften, SchlussbescheidDokument dokument, Personen personen,
      RueckforderungBerechnung berechnung) {
    this.verwendungsnachweise = verwendungsnachweise;
    this.pruefungen = pruefungen;
    this.vorbereitung = vorbereitung;
    this.eigenschaften = eigenschaften;
    this.dokument = dokument;
    this.personen = personen;
    this.berechnung = berechnung;
  }

  @Transactional
  public Pdf erzeuge(Fallkopf kopf) {
    Schlussbescheid daten = daten(kopf);
    byte[] pdf = dokument.erzeugePdf(daten);
    pruefungen.speichereSchlussbescheid(kopf.nummer(), pdf);
    return new Pdf(dateiname(daten.aktenzeichen()), pdf);
  }

  public static String dateiname(String aktenzeichen) {
    return ("Schlussbescheid-" + aktenzeichen + ".pdf").replaceAll("[^A-Za-z0-9.-]+", "-");
  }

  @Transactional(readOnly = true)
  public Schlussbescheid daten(Fallkopf kopf) {
    String nummer = kopf.nummer();
    var bescheid = vorbereitung.bescheid(nummer);
    var ergebnis = pruefungen.ergebnis(nummer)
        .orElseThrow(() -> new IllegalStateException("Für den Förderfall " + nummer + " ist keine Rückforderung berechnet."));
    List<String> reihenfolge = vorbereitung.bewilligteMassnahmen(nummer).stream().map(m -> m.id()).toList();
    List<Schlussbescheid.Zeile> zeilen = verwendungsnachweise.positionenDerFassung(nummer).stream()
        .sorted(Comparator.comparingInt(p -> reihenfolge.indexOf(p.massnahmeId())))
        .map(p -> new Schlussbescheid.Zeile(p.name(), p.bewilligtCent(), p.ausgabenCent(), p.anerkanntCent(),
            p.grund() == null ? "" : p.grund()))
        .toList();
    Zinsberechnung.Ergebnis zinsen = eigenschaften.zinsberechnung().berechne(ergebnis.rueckforderungCent(), ergebnis.zinsenVon(),
        ergebnis.zinsenBis());
    var absatz4 = berechnung.zinsenNachAbsatz4(nummer, ergebnis.anerkanntCent(), ergebnis.zinsenVon(),
        ergebnis.faelligAm());
    if (absatz4.zinsenCent() != ergebnis.zinsenAbs4Cent()) {
      throw new IllegalStateException("Die Zinsen nach § 49a Abs. 4 des Förderfalls " + nummer + " haben sich seit der Berechnung geändert.");
    }
    return new Schlussbescheid(bescheid.aktenzeichen(), ergebnis.bescheidDatum(), kopf.gebietskoerperschaftName(), kopf.jahr(),
        bescheid.bewilligungVon(), bescheid.bewilligungBis(), zeilen, ergebnis.ausgezahltCent(), ergebnis.rueckforderungCent(), zinsen,
        absatz4, ergebnis.zinsWarnung(), ergebnis.faelligAm(), personen.anzeigename(pruefungen.sachlichGeprueftVon(nummer)),
        personen.anzeigename(pruefungen.rechnerischGeprueftVon(nummer)));
  }
}
