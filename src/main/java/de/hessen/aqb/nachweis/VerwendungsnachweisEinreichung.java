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
import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.Teilnehmende;
import de.hessen.aqb.nachweis.domain.TraegerZahlen;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Teil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting the Verwendungsnachweis: Sachbericht complete, the body's figures readable for every granted measure (the
 * grant itself comes from the ledger), Belegliste valid and adding up to the Ausgaben (Ist) of every measure. Only then
 * is it stored as a new Fassung; otherwise every problem is reported at once and nothing is stored. Measures run by a
 * provider with its own login come from the provider's part (ADR 15): its figures and Belege are taken over by measure id,
 * the body reports and uploads only its own measures.
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
  private final Traegeranteile traegeranteile;
  private final NachweisEigenschaften eigenschaften;
  private final Vorjahresnachweise vorjahre;

  VerwendungsnachweisEinreichung(Verwendungsnachweise verwendungsnachweise, NachweisVorbereitung vorbereitung,
      Traegeranteile traegeranteile, NachweisEigenschaften eigenschaften, Vorjahresnachweise vorjahre) {
    this.verwendungsnachweise = verwendungsnachweise;
    this.vorbereitung = vorbereitung;
    this.traegeranteile = traegeranteile;
    this.eigenschaften = eigenschaften;
    this.vorjahre = vorjahre;
  }

  /**
   * {@code teilnehmendeErreicht}: participants reached in the body's own measures (required when it runs any; a whole
   * number, never negative).
   */
  @Transactional
  public Ergebnis reicheEin(Fallkopf kopf, String benutzer, Eingabe e, String teilnehmendeErreicht) {
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(leer(e.durchfuehrung()), "Sachbericht: Bitte beschreiben, was durchgeführt wurde.")
        .wenn(leer(e.teilnehmende()), "Sachbericht: Bitte die Teilnehmenden angeben (Anzahl, Zielgruppe).")
        .wenn(leer(e.ergebnisse()), "Sachbericht: Bitte die Ergebnisse angeben.");
    List<BewilligteMassnahme> massnahmen = vorbereitung.bewilligteMassnahmen(kopf.nummer());
    Traegeranteile.Anteile anteile = traegeranteile.anteile(kopf.nummer());
    Map<String, Teil> traegerTeile = anteile.teilJeMassnahme();
    List<BewilligteMassnahme> eigene = massnahmen.stream().filter(m -> !traegerTeile.containsKey(m.id())).toList();
    Integer teilnehmende = eigene.isEmpty() && leer(teilnehmendeErreicht) ? null
        : Teilnehmende.erreicht(teilnehmendeErreicht, "Sachbericht: Teilnehmende (erreicht) in Ihren eigenen Maßnahmen", fehler);
    List<NachweisPosition> positionen = new ArrayList<>(ZahlenmaessigerNachweis.positionen(eigene,
        TraegerZahlen.ohneTraegermassnahmen(e.angaben(), traegerTeile, anteile.traegerJeMassnahme(), fehler), fehler));
    traegerTeile.values().forEach(t -> positionen.add(t.position()));
    List<String> reihenfolge = massnahmen.stream().map(BewilligteMassnahme::id).toList();
    positionen.sort(Comparator.comparingInt(p -> reihenfolge.indexOf(p.massnahmeId())));

    Datei datei = (e.belegliste() == null || e.belegliste().leer()) && e.bisherige() != null ? e.bisherige() : e.belegliste();
    Belegliste belegliste = null;
    Vorjahresnachweise.Stand vorher = vorjahre.stand(kopf.nummer()); // accepted Zwischennachweise (ADR 13)
    if ((datei == null || datei.leer()) && eigene.isEmpty()) {
      datei = new Datei("belegliste-traeger.csv", "text/csv", (String.join(";", BeleglisteLeser.SPALTEN) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      belegliste = new Belegliste(List.of());
    } else if (datei == null || datei.leer()) {
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
    if (belegliste != null && !anteile.leer()) {
      TraegerZahlen.keineBelegeDerTraeger(belegliste, anteile.traegerJeMassnahme(), fehler);
      List<Beleg> alle = new ArrayList<>(belegliste.belege());
      alle.addAll(anteile.belege());
      alle.sort(Comparator.comparing(Beleg::datum).thenComparingInt(Beleg::zeile));
      belegliste = new Belegliste(alle);
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
    traegeranteile.uebernimm(kopf.nummer(), fassung, teilnehmende);
    return new Ergebnis(fassung, benutzer, positionen, belegliste, datei);
  }

  private static boolean leer(String text) {
    return text == null || text.isBlank();
  }
}
