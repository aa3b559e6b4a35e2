package de.hessen.aqb.aenderungsantrag;

import de.hessen.aqb.aenderungsantrag.Aenderungen.Vorgang;
import de.hessen.aqb.aenderungsantrag.domain.Aenderung;
import de.hessen.aqb.aenderungsantrag.domain.Haushaltsjahre;
import de.hessen.aqb.aenderungsantrag.domain.Lage;
import de.hessen.aqb.antrag.BescheidEigenschaften;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Foerderbudget.Bescheidbuchung;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How a change is written: its Aktenzeichen ("&lt;Aktenzeichen of the Bescheid&gt;-Ä&lt;n&gt;"), its letter, and its row in
 * aqb_bescheid with the amounts per measure and Haushaltsjahr (see {@link Haushaltsjahre}); the dates carried forward
 * or, after an extension, the new end and the Verwendungsnachweis due {@code aqb.bescheid.verwendungsnachweis-nach}
 * after it.
 */
@Component
class Aenderungsbuchung {

  static final String ART_BESCHEID = "AENDERUNGSBESCHEID";
  static final String ART_ANZEIGE = "AENDERUNGSANZEIGE";

  private final Foerderbudget budget;
  private final AenderungsbescheidDokument dokument;
  private final BescheidEigenschaften bescheid;
  private final Clock uhr;

  Aenderungsbuchung(Foerderbudget budget, AenderungsbescheidDokument dokument, BescheidEigenschaften bescheid, Clock uhr) {
    this.budget = budget;
    this.dokument = dokument;
    this.bescheid = bescheid;
    this.uhr = uhr;
  }

  String aktenzeichen(Fallkopf fall, int nummer) {
    return urspruenglich(fall).aktenzeichen() + "-Ä" + nummer;
  }

  byte[] brief(Fallkopf fall, Vorgang v, String aktenzeichen, LocalDate bewilligungVon) {
    Foerderbudget.ErlassenerBescheid erster = urspruenglich(fall);
    return dokument.erzeugePdf(new AenderungsbescheidDokument.Brief(aktenzeichen, LocalDate.now(uhr), v.entscheidung(),
        fall.gebietskoerperschaftName(), fall.jahr(), erster.aktenzeichen(), erster.bescheidDatum(),
        v.gestelltAm().atZone(ZoneId.of("Europe/Berlin")).toLocalDate(), v.aenderung(), v.entschiedeneAenderung(),
        bewilligungVon, v.aenderung().begruendung(), v.entscheidungBegruendung(), v.verfasser(), v.freigabeVon()));
  }

  /** Writes the change into aqb_bescheid and the ledger (differences only; idempotent per Aktenzeichen). */
  void buche(Fallkopf fall, Aenderung a, String aktenzeichen, boolean anzeige, String verfasser, String freigabe, byte[] pdf) {
    Foerderbudget.ErlassenerBescheid gilt = budget.erlassenerBescheid(fall.nummer()).orElseThrow();
    LocalDate heute = LocalDate.now(uhr);
    Map<String, Map<Integer, Long>> jahre = new HashMap<>();
    budget.bewilligungen(fall.nummer()).forEach(b -> jahre.computeIfAbsent(b.massnahmeId(), k -> new HashMap<>())
        .merge(b.haushaltsjahr(), b.betragCent(), Long::sum));
    int erstesJahr = gilt.bewilligungVon() == null ? fall.jahr() : gilt.bewilligungVon().getYear();
    List<Bescheidbuchung.Posten> posten = new ArrayList<>();
    for (Aenderung.Posten p : a.posten()) {
      posten.add(new Bescheidbuchung.Posten(p.id(), p.name(), Haushaltsjahre.verteile(jahre.getOrDefault(p.id(), Map.of()),
          p.neuCent(), heute.getYear(), erstesJahr, a.endeNachher().getYear())));
    }
    LocalDate vnFrist = a.verlaengert() ? a.endeNachher().plus(bescheid.verwendungsnachweisNach()) : gilt.verwendungsnachweisFrist();
    budget.bucheBescheid(fall.nummer(), new Bescheidbuchung(aktenzeichen, anzeige ? ART_ANZEIGE : ART_BESCHEID, heute,
        gilt.bewilligungVon(), a.endeNachher(), vnFrist, bescheid.zwischennachweisFrist(), bescheid.mittelabrufRegel(),
        bescheid.nebenbestimmungen(), a.summeNeuCent(), a.summeNeuCent(), posten), verfasser, freigabe, pdf);
  }

  /** A change to the given amounts (and end) from the case as it stands. */
  static Aenderung aenderung(Lage lage, Map<String, Long> neueBetraege, LocalDate neuesEnde) {
    List<Aenderung.Posten> posten = new ArrayList<>();
    for (Lage.Massnahme m : lage.massnahmen()) {
      long neu = neueBetraege.getOrDefault(m.id(), m.bewilligtCent());
      posten.add(new Aenderung.Posten(m.id(), m.name(), null, null, m.traegerName(), false, neu == 0, false,
          m.bewilligtCent(), neu));
    }
    neueBetraege.forEach((id, cent) -> {
      if (lage.massnahme(id).isEmpty()) {
        posten.add(new Aenderung.Posten(id, id, null, null, null, true, false, false, 0, cent));
      }
    });
    return new Aenderung(posten, lage.bewilligungBis(), neuesEnde, "Änderung");
  }

  private Foerderbudget.ErlassenerBescheid urspruenglich(Fallkopf fall) {
    return budget.urspruenglicherBescheid(fall.nummer()).orElseThrow(() ->
        new IllegalStateException("Der Förderfall " + fall.nummer() + " hat keinen erlassenen Bescheid."));
  }
}
