package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.VierAugen;
import de.hessen.aqb.nachweis.domain.Anerkennung;
import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.Einwand;
import de.hessen.aqb.nachweis.domain.Finanzierungsart;
import de.hessen.aqb.nachweis.domain.NachweisPosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second RP clerk's check, "rechnerisch richtig": never the person recorded for "sachlich richtig" (Vier-Augen-
 * Prinzip, one rule with the Bescheid). The clerk objects to single Belege with a reason; what is recognised per measure
 * is computed here from the stored Fassung (Belege, Einnahmen, the ledger's grant), the Bescheid's financing type and the
 * tolerance rule — never taken from the form (ADR 9a). The result is recorded with the logged-in user.
 */
@Service
public class RechnerischePruefung {

  public static final String VIER_AUGEN = "Sie haben den Verwendungsnachweis bereits sachlich geprüft. Nach dem Vier-Augen-Prinzip "
      + "muss eine andere Person des Regierungspräsidiums ihn rechnerisch prüfen.";

  private final Verwendungsnachweise verwendungsnachweise;
  private final NachweisPruefungen pruefungen;
  private final Beanstandungen beanstandungen;
  private final Foerderbudget budget;
  private final NachweisEigenschaften eigenschaften;

  RechnerischePruefung(Verwendungsnachweise verwendungsnachweise, NachweisPruefungen pruefungen, Beanstandungen beanstandungen,
      Foerderbudget budget, NachweisEigenschaften eigenschaften) {
    this.verwendungsnachweise = verwendungsnachweise;
    this.pruefungen = pruefungen;
    this.beanstandungen = beanstandungen;
    this.budget = budget;
    this.eigenschaften = eigenschaften;
  }

  /** The figures per measure if no Beleg is objected to (the form's starting point). */
  @Transactional(readOnly = true)
  public List<Anerkennung.Zeile> vorschlag(String nummer) {
    return berechne(nummer, Map.of());
  }

  /** The Bescheid's financing type (FESTBETRAG unless the Bescheid says otherwise) and the tolerance, as the form shows them. */
  public String regeln(String nummer) {
    Anerkennung.Finanzierung f = finanzierung(nummer);
    int toleranz = eigenschaften.toleranzProzent();
    return f.art().text() + (f.art() == Finanzierungsart.ANTEIL ? " (" + f.anteilProzent().stripTrailingZeros().toPlainString()
        .replace('.', ',') + " %)" : "") + "; Überschreitung einer Maßnahme " + (toleranz == 0 ? "ohne Grenze"
        : "bis " + toleranz + " % ihrer Bewilligung") + ", soweit andere Maßnahmen einsparen";
  }

  /** Refuses the person who confirmed "sachlich richtig" (on claim and on completion). */
  public void pruefeVierAugen(String nummer, String handelnd) {
    VierAugen.pruefe(pruefungen.sachlichGeprueftVon(nummer), handelnd, VIER_AUGEN);
  }

  @Transactional
  public List<Anerkennung.Zeile> bestaetige(Fallkopf kopf, String benutzer, boolean bestaetigt, List<Einwand.Eingabe> eingaben) {
    String nummer = kopf.nummer();
    pruefeVierAugen(nummer, benutzer);
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(!bestaetigt, "Bitte bestätigen, dass der Verwendungsnachweis rechnerisch richtig ist.");
    Map<Integer, Einwand> einwaende = Einwand.pruefe(verwendungsnachweise.belege(nummer), eingaben, fehler);
    fehler.pruefe();
    List<Anerkennung.Zeile> zeilen = berechne(nummer, einwaende);
    Map<String, NachweisPruefungen.Anerkannt> jeMassnahme = new LinkedHashMap<>();
    zeilen.forEach(z -> jeMassnahme.put(z.massnahmeId(), new NachweisPruefungen.Anerkannt(z.anerkanntCent(), z.grund())));
    pruefungen.anerkennen(nummer, benutzer, jeMassnahme);
    beanstandungen.speichere(nummer, benutzer, einwaende.values(), zeilen.stream().map(z -> new Beanstandungen.Herleitung(
        z.massnahmeId(), z.beanstandetCent(), z.foerderfaehigCent(), z.toleranz().toleriertCent(), z.toleranz().nichtAnerkanntCent()))
        .toList());
    return zeilen;
  }

  private List<Anerkennung.Zeile> berechne(String nummer, Map<Integer, Einwand> einwaende) {
    List<NachweisPosition> positionen = verwendungsnachweise.positionenDerFassung(nummer).stream()
        .map(p -> new NachweisPosition(p.massnahmeId(), p.name(), p.bewilligtCent(), p.ausgabenCent(), p.einnahmenCent())).toList();
    List<Beleg> belege = verwendungsnachweise.belege(nummer);
    return Anerkennung.berechne(positionen, belege, einwaende, finanzierung(nummer), eigenschaften.toleranzProzent());
  }

  private Anerkennung.Finanzierung finanzierung(String nummer) {
    return budget.finanzierung(nummer)
        .map(f -> new Anerkennung.Finanzierung(Finanzierungsart.valueOf(f.art()), f.anteilProzent()))
        .orElse(Anerkennung.Finanzierung.FESTBETRAG);
  }
}
