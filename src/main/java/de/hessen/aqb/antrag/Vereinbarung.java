package de.hessen.aqb.antrag;

import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.portal.Veroeffentlichungen;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The signed and published Zielvereinbarung of a case, as the Antrag stage relies on it: its budget and its projects.
 * Read from the publication (aqb_zv_veroeffentlichung), never from a process variable.
 */
@Component
public class Vereinbarung {

  /** One project of the agreement. */
  public record Projekt(Massnahmenart art, String name) {}

  private final Veroeffentlichungen veroeffentlichungen;

  Vereinbarung(Veroeffentlichungen veroeffentlichungen) {
    this.veroeffentlichungen = veroeffentlichungen;
  }

  public long budgetCent(String foerderfallNummer) {
    return eintrag(foerderfallNummer).budgetCent();
  }

  public List<Projekt> projekte(String foerderfallNummer) {
    var projekte = eintrag(foerderfallNummer).projekte();
    List<Projekt> liste = new ArrayList<>();
    for (Massnahmenart art : Massnahmenart.values()) {
      projekte.getOrDefault(art.ueberschrift(), List.of()).forEach(name -> liste.add(new Projekt(art, name)));
    }
    return liste;
  }

  private Veroeffentlichungen.Eintrag eintrag(String nummer) {
    return veroeffentlichungen.eintrag(nummer).orElseThrow(() -> new IllegalStateException(
        "Die Zielvereinbarung des Förderfalls " + nummer + " ist nicht veröffentlicht; ohne sie gibt es keinen Antrag."));
  }
}
