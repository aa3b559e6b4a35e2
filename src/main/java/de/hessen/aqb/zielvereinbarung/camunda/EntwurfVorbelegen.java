package de.hessen.aqb.zielvereinbarung.camunda;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.zielvereinbarung.Ausgangsvereinbarungen;
import de.hessen.aqb.zielvereinbarung.Zuteilungsquelle;
import java.util.List;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The draft starts from the body's agreement of the year before (signed here or imported): its projects fill the
 * form's project fields, which the drafter edits. Without one, the fields stay empty as before. The budget field starts
 * from the body's released allocation of the year (the programme year), if there is one.
 */
@Component("zvEntwurfVorbelegen")
class EntwurfVorbelegen implements ExecutionListener {

  private final Faelle faelle;
  private final Ausgangsvereinbarungen ausgang;
  private final List<Zuteilungsquelle> zuteilungen;

  EntwurfVorbelegen(Faelle faelle, Ausgangsvereinbarungen ausgang, List<Zuteilungsquelle> zuteilungen) {
    this.faelle = faelle;
    this.ausgang = ausgang;
    this.zuteilungen = List.copyOf(zuteilungen);
  }

  @Override
  public void notify(DelegateExecution execution) {
    Fallkopf kopf = faelle.kopf(execution);
    zuteilungen.stream().map(q -> q.budgetCent(kopf.kreisschluessel(), kopf.jahr())).flatMap(java.util.Optional::stream)
        .findFirst().ifPresent(cent -> ZielvereinbarungVariablen.BUDGET.setze(execution, Geld.alsEingabe(cent)));
    ausgang.fuerEntwurf(kopf.kreisschluessel(), kopf.jahr()).ifPresent(vorjahr -> {
      for (Massnahmenart art : Massnahmenart.values()) {
        ZielvereinbarungVariablen.projekteText(art.nummer()).setze(execution,
            String.join("\n", vorjahr.projekte().getOrDefault(art, java.util.List.of()).stream().map(Projekt::name).toList()));
      }
      ZielvereinbarungVariablen.ENTWURF_GRUNDLAGE.setze(execution,
          "Projekte aus der Zielvereinbarung " + vorjahr.jahr() + " (" + vorjahr.herkunft() + ") übernommen; bitte anpassen.");
    });
  }
}
