package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.VierAugen;
import de.hessen.aqb.nachweis.domain.Anerkennung;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second RP clerk's check, "rechnerisch richtig": never the person recorded for "sachlich richtig" (Vier-Augen-
 * Prinzip, one rule with the Bescheid), recognising per measure at most what the stored Fassung claims, with a reason
 * for every cut. The result is recorded with the logged-in user.
 */
@Service
public class RechnerischePruefung {

  public static final String VIER_AUGEN = "Sie haben den Verwendungsnachweis bereits sachlich geprüft. Nach dem Vier-Augen-Prinzip "
      + "muss eine andere Person des Regierungspräsidiums ihn rechnerisch prüfen.";

  /** One row of the form: the stored claim, proposed to be recognised in full. */
  public record Zeile(String massnahmeId, String name, long bewilligtCent, long ausgabenCent) {}

  private final Verwendungsnachweise verwendungsnachweise;
  private final NachweisPruefungen pruefungen;

  RechnerischePruefung(Verwendungsnachweise verwendungsnachweise, NachweisPruefungen pruefungen) {
    this.verwendungsnachweise = verwendungsnachweise;
    this.pruefungen = pruefungen;
  }

  /** The rows of the newest Fassung (everything claimed is proposed). */
  @Transactional(readOnly = true)
  public List<Zeile> vorschlag(String nummer) {
    return verwendungsnachweise.positionenDerFassung(nummer).stream()
        .map(p -> new Zeile(p.massnahmeId(), p.name(), p.bewilligtCent(), p.ausgabenCent())).toList();
  }

  /** Refuses the person who confirmed "sachlich richtig" (on claim and on completion). */
  public void pruefeVierAugen(String nummer, String handelnd) {
    VierAugen.pruefe(pruefungen.sachlichGeprueftVon(nummer), handelnd, VIER_AUGEN);
  }

  @Transactional
  public void bestaetige(Fallkopf kopf, String benutzer, boolean bestaetigt, List<Anerkennung.Eingabe> eingaben) {
    pruefeVierAugen(kopf.nummer(), benutzer);
    Fehlerliste fehler = new Fehlerliste();
    fehler.wenn(!bestaetigt, "Bitte bestätigen, dass der Verwendungsnachweis rechnerisch richtig ist.");
    List<Anerkennung.Geltend> geltend = verwendungsnachweise.positionenDerFassung(kopf.nummer()).stream()
        .map(p -> new Anerkennung.Geltend(p.massnahmeId(), p.name(), p.ausgabenCent())).toList();
    Map<String, Anerkennung.Anerkannt> anerkannt = Anerkennung.pruefe(geltend, eingaben, fehler);
    fehler.pruefe();
    Map<String, NachweisPruefungen.Anerkannt> jeMassnahme = new LinkedHashMap<>();
    anerkannt.forEach((id, a) -> jeMassnahme.put(id, new NachweisPruefungen.Anerkannt(a.cent(), a.grund())));
    pruefungen.anerkennen(kopf.nummer(), benutzer, jeMassnahme);
  }
}
