package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.nachweis.domain.Belegliste;
import de.hessen.aqb.nachweis.domain.BeleglisteLeser;
import de.hessen.aqb.nachweis.domain.BewilligteMassnahme;
import de.hessen.aqb.nachweis.domain.NachweisPosition;
import de.hessen.aqb.nachweis.domain.NachweisRegeln;
import de.hessen.aqb.nachweis.domain.ZahlenmaessigerNachweis;
import de.hessen.aqb.nachweis.domain.ZwischennachweisRegeln;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting the Verwendungsnachweis: Sachbericht complete, the body's figures readable for every granted measure (the
 * grant itself comes from the ledger), Belegliste valid and adding up to the Ausgaben (Ist) of every measure. Only then
 * is it stored as a new Fassung; otherwise every problem is reported at once and nothing is stored.
 */
@Service
public class VerwendungsnachweisEinreichung {

  /** An uploaded file; {@link #leer()} when Tasklist sends an empty one (no new file chosen). */
  public record Datei(String name, String mimeType, byte[] inhalt) {
    public boolean leer() {
      return inhalt == null || inhalt.length == 0 && (name == null || name.isBlank());
    }
  }

  /** What the body submits; {@code bisherige} is the Belegliste accepted before (after a Nachforderung), else null. */
  public record Eingabe(String durchfuehrung, String teilnehmende, String ergebnisse, String abweichungen,
      List<ZahlenmaessigerNachweis.Angabe> angaben, Datei belegliste, Datei bisherige, boolean bestaetigt) {}

  /** The stored Fassung with what the RP's forms show. */
  public record Ergebnis(int fassung, String von, List<NachweisPosition> positionen, Belegliste belegliste, Datei datei) {}

  private final Verwendungsnachweise verwendungsnachweise;
  private final NachweisVorbereitung vorbereitung;
  private final NachweisEigenschaften eigenschaften;
  private final Vorjahresnachweise vorjahre;

  VerwendungsnachweisEinreichung(Verwendungsnachweise verwendungsnachweise, NachweisVorbereitung vorbereitung,
      NachweisEigenschaften eigenschaften, Vorjahresnachweise vorjahre) {
    this.verwendungsnachweise = verwendungsnachweise;
    this.vorbereitung = vorbereitung;
    this.eigenschaften = eigenschaften;
    this.vorjahre = vorjahre;
  }

  @Transactional
  public Ergebnis reicheEin(Fallkopf kopf, String benutzer, Eingabe e) {
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(leer(e.durchfuehrung()), "Sachbericht: Bitte beschreiben, was durchgeführt wurde.")
        .wenn(leer(e.teilnehmende()), "Sachbericht: Bitte die Teilnehmenden angeben (Anzahl, Zielgruppe).")
        .wenn(leer(e.ergebnisse()), "Sachbericht: Bitte die Ergebnisse angeben.");
    List<BewilligteMassnahme> massnahmen = vorbereitung.bewilligteMassnahmen(kopf.nummer());
    List<NachweisPosition> positionen = ZahlenmaessigerNachweis.positionen(massnahmen, e.angaben(), fehler);

    Datei datei = (e.belegliste() == null || e.belegliste().leer()) && e.bisherige() != null ? e.bisherige() : e.belegliste();
    Belegliste belegliste = null;
    Vorjahresnachweise.Stand vorher = vorjahre.stand(kopf.nummer()); // accepted Zwischennachweise (ADR 13)
    if (datei == null || datei.leer()) {
      fehler.add("Bitte die Belegliste hochladen (CSV- oder Excel-Datei nach der Vorlage).");
    } else {
      var bescheid = vorbereitung.bescheid(kopf.nummer());
      try {
        belegliste = new BeleglisteLeser(massnahmen, bescheid.bewilligungVon(), bescheid.bewilligungBis(), eigenschaften.grenzen())
            .lies(datei.inhalt());
        ZwischennachweisRegeln.pruefeNichtNachgewiesen(belegliste, vorher.jahre(), fehler);
      } catch (UngueltigeEingabe ex) {
        fehler.add(ex.getMessage());
      }
    }
    if (belegliste != null && positionen.size() == massnahmen.size() && vorher.leer()) {
      NachweisRegeln.pruefeSummen(positionen, belegliste, fehler);
    } else if (belegliste != null && positionen.size() == massnahmen.size()) {
      ZwischennachweisRegeln.pruefeSummen(positionen, belegliste, vorher.ausgabenJeMassnahmeCent(), fehler);
    }
    fehler.wenn(!e.bestaetigt(), "Bitte bestätigen, dass die Angaben vollständig und richtig sind und die Belege vorliegen.");
    fehler.pruefe();

    int fassung = verwendungsnachweise.speichere(kopf.nummer(), new Verwendungsnachweise.Einreichung(benutzer,
        e.durchfuehrung().strip(), e.teilnehmende().strip(), e.ergebnisse().strip(), leer(e.abweichungen()) ? null : e.abweichungen().strip(),
        datei.name(), positionen, belegliste));
    return new Ergebnis(fassung, benutzer, positionen, belegliste, datei);
  }

  private static boolean leer(String text) {
    return text == null || text.isBlank();
  }
}
