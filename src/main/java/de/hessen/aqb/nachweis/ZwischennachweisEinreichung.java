package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.nachweis.VerwendungsnachweisEinreichung.Datei;
import de.hessen.aqb.nachweis.domain.Belegliste;
import de.hessen.aqb.nachweis.domain.BeleglisteLeser;
import de.hessen.aqb.nachweis.domain.BewilligteMassnahme;
import de.hessen.aqb.nachweis.domain.NachweisPosition;
import de.hessen.aqb.nachweis.domain.NachweisRegeln;
import de.hessen.aqb.nachweis.domain.ZahlenmaessigerNachweis;
import de.hessen.aqb.nachweis.domain.ZwischennachweisRegeln;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The body's Zwischennachweis of one Haushaltsjahr: what its task shows (planned = the ledger's grant for the year per
 * measure, paid = Mittelabrufe paid in the year) and the submission (Sachbericht, actual per measure, the Belegliste of
 * that year adding up to it). Stored as a new Fassung only when everything is valid; otherwise every problem at once.
 */
@Service
public class ZwischennachweisEinreichung {

  /** What the body's task shows: the year's days, the due date and the planned/paid figures per measure. */
  public record Vorbereitung(int jahr, LocalDate erster, LocalDate letzter, LocalDate frist, String aktenzeichen,
      List<Zwischennachweise.Position> plan) {}

  public record Eingabe(String sachbericht, List<ZahlenmaessigerNachweis.Angabe> angaben, Datei belegliste, Datei bisherige) {}

  public record Ergebnis(int fassung, List<Zwischennachweise.Position> positionen, Belegliste belegliste, Datei datei) {}

  private final Zwischennachweise zwischennachweise;
  private final ZwischennachweisPlanung planung;
  private final NachweisVorbereitung vorbereitung;
  private final Foerderbudget budget;
  private final Mittelabrufe mittelabrufe;
  private final NachweisEigenschaften eigenschaften;

  ZwischennachweisEinreichung(Zwischennachweise zwischennachweise, ZwischennachweisPlanung planung, NachweisVorbereitung vorbereitung,
      Foerderbudget budget, Mittelabrufe mittelabrufe, NachweisEigenschaften eigenschaften) {
    this.zwischennachweise = zwischennachweise;
    this.planung = planung;
    this.vorbereitung = vorbereitung;
    this.budget = budget;
    this.mittelabrufe = mittelabrufe;
    this.eigenschaften = eigenschaften;
  }

  @Transactional(readOnly = true)
  public Vorbereitung bereiteVor(String nummer, int jahr) {
    var bescheid = vorbereitung.bescheid(nummer);
    Map<String, Long> geplant = new HashMap<>();
    budget.bewilligungen(nummer).stream().filter(b -> b.haushaltsjahr() == jahr)
        .forEach(b -> geplant.merge(b.massnahmeId(), b.betragCent(), Long::sum));
    Map<String, Long> gezahlt = ausgezahltImJahr(nummer, jahr, bescheid.bewilligungVon().getYear());
    List<Zwischennachweise.Position> plan = vorbereitung.bewilligteMassnahmen(nummer).stream()
        .map(m -> new Zwischennachweise.Position(m.id(), m.name(), geplant.getOrDefault(m.id(), 0L), 0, gezahlt.getOrDefault(m.id(), 0L)))
        .toList();
    return new Vorbereitung(jahr, ZwischennachweisRegeln.erster(jahr, bescheid.bewilligungVon()),
        ZwischennachweisRegeln.letzter(jahr, bescheid.bewilligungBis()), planung.frist(nummer, jahr), bescheid.aktenzeichen(), plan);
  }

  @Transactional
  public Ergebnis reicheEin(Fallkopf kopf, int jahr, String benutzer, Eingabe e) {
    String nummer = kopf.nummer();
    String status = zwischennachweise.eintrag(nummer, jahr).map(Zwischennachweise.Eintrag::status).orElse(null);
    if (!Zwischennachweise.ANGEFORDERT.equals(status) && !Zwischennachweise.NACHGEFORDERT.equals(status)) {
      throw new UngueltigeEingabe("Der Zwischennachweis " + jahr + " kann jetzt nicht eingereicht werden (Stand: "
          + (status == null ? "nicht angefordert" : status.toLowerCase()) + ").");
    }
    Vorbereitung v = bereiteVor(nummer, jahr);
    var bescheid = vorbereitung.bescheid(nummer);
    Fehlerliste fehler = new Fehlerliste();
    ZwischennachweisRegeln.pruefeSachbericht(e.sachbericht(), fehler);
    List<BewilligteMassnahme> massnahmen = v.plan().stream()
        .map(p -> new BewilligteMassnahme(p.massnahmeId(), p.name(), p.geplantCent())).toList();
    List<NachweisPosition> positionen = ZahlenmaessigerNachweis.positionen(massnahmen, e.angaben(), fehler);
    Datei datei = (e.belegliste() == null || e.belegliste().leer()) && e.bisherige() != null ? e.bisherige() : e.belegliste();
    Belegliste belegliste = null;
    if (datei == null || datei.leer()) {
      fehler.add("Bitte die Belegliste des Haushaltsjahres " + jahr + " hochladen (CSV-Datei nach der Vorlage).");
    } else {
      try {
        belegliste = new BeleglisteLeser(massnahmen, bescheid.bewilligungVon(), bescheid.bewilligungBis(), eigenschaften.grenzen())
            .lies(datei.inhalt());
        ZwischennachweisRegeln.pruefeJahr(belegliste, jahr, bescheid.bewilligungVon(), bescheid.bewilligungBis(), fehler);
      } catch (UngueltigeEingabe ex) {
        fehler.add(ex.getMessage());
      }
    }
    if (belegliste != null && positionen.size() == massnahmen.size()) {
      NachweisRegeln.pruefeSummen(positionen, belegliste, fehler);
    }
    fehler.pruefe();
    Map<String, Long> gezahlt = new HashMap<>();
    v.plan().forEach(p -> gezahlt.put(p.massnahmeId(), p.ausgezahltCent()));
    List<Zwischennachweise.Position> gespeichert = positionen.stream().map(p -> new Zwischennachweise.Position(p.massnahmeId(),
        p.name(), p.bewilligtCent(), p.ausgabenCent(), gezahlt.getOrDefault(p.massnahmeId(), 0L))).toList();
    int fassung = zwischennachweise.speichere(nummer, jahr,
        new Zwischennachweise.Einreichung(benutzer, e.sachbericht().strip(), datei.name(), gespeichert, belegliste.belege()));
    return new Ergebnis(fassung, gespeichert, belegliste, datei);
  }

  /** Paid per measure in the year (the first year also takes what was paid before it); from the Mittelabrufe. */
  private Map<String, Long> ausgezahltImJahr(String nummer, int jahr, int erstesJahr) {
    Map<String, Long> summe = new HashMap<>();
    for (Mittelabrufe.Mittelabruf a : mittelabrufe.alle(nummer)) {
      int jahrDerZahlung = a.auszahlungstag().map(LocalDate::getYear).orElse(Integer.MIN_VALUE);
      if (jahrDerZahlung == jahr || (jahr == erstesJahr && jahrDerZahlung != Integer.MIN_VALUE && jahrDerZahlung < jahr)) {
        mittelabrufe.posten(nummer, a.nummer()).forEach(p -> summe.merge(p.massnahmeId(), p.ausgezahltCent(), Long::sum));
      }
    }
    return summe;
  }
}
