package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.nachweis.NachweisFristen;
import de.hessen.aqb.nachweis.domain.BewilligteMassnahme;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Verwendungsnachweis vorbereiten": one row of the zahlenmäßiger Nachweis per granted measure (ledger sum over the
 * Haushaltsjahre), what was paid, and the deadlines of the body's task.
 */
@Component("nachweisVorbereiten")
class NachweisVorbereiten implements JavaDelegate {

  private final Foerderbudget budget;
  private final Mittelabrufe mittelabrufe;
  private final NachweisFristen fristen;

  NachweisVorbereiten(Foerderbudget budget, Mittelabrufe mittelabrufe, NachweisFristen fristen) {
    this.budget = budget;
    this.mittelabrufe = mittelabrufe;
    this.fristen = fristen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String nummer = FOERDERFALL_NUMMER.von(execution);
    List<BewilligteMassnahme> massnahmen = bewilligteMassnahmen(budget, nummer);
    if (massnahmen.isEmpty()) {
      throw new IllegalStateException("Für den Förderfall " + nummer + " ist keine Bewilligung gebucht: kein Verwendungsnachweis möglich.");
    }
    ArrayNode zeilen = JsonNodeFactory.instance.arrayNode();
    for (BewilligteMassnahme m : massnahmen) {
      ObjectNode z = zeilen.addObject();
      z.put("id", m.id());
      z.put("name", m.name());
      z.put("bewilligtCent", m.bewilligtCent());
      z.put("bewilligt", Geld.alsWaehrung(m.bewilligtCent()));
      z.put("ausgaben", "");
      z.put("einnahmen", "");
    }
    execution.setVariable(ZAHLENMAESSIGER_NACHWEIS.name(), ProzessVariable.alsJson(zeilen));
    BEWILLIGT_ANZEIGE.setze(execution, Geld.alsWaehrung(massnahmen.stream().mapToLong(BewilligteMassnahme::bewilligtCent).sum()));
    AUSGEZAHLT_ANZEIGE.setze(execution, Geld.alsWaehrung(mittelabrufe.summeAusgezahltCent(nummer)));
    BEWILLIGUNGSZEITRAUM_ANZEIGE.setze(execution, BEWILLIGUNG_VON.von(execution).format(TT_MM_JJJJ) + " bis "
        + BEWILLIGUNG_BIS.von(execution).format(TT_MM_JJJJ));
    setzeFrist(execution, fristen, VERWENDUNGSNACHWEIS_FRIST.von(execution));
  }

  /** Due date and reminder of the body's task (also after a Nachforderung). */
  static void setzeFrist(org.camunda.bpm.engine.delegate.VariableScope scope, NachweisFristen fristen, LocalDate frist) {
    VN_FAELLIG_AM.setze(scope, fristen.faelligAm(frist).toString());
    VN_ERINNERUNG_AM.setze(scope, fristen.erinnerungAm(frist).toString());
    VN_FRIST_ANZEIGE.setze(scope, frist.format(TT_MM_JJJJ));
  }

  /** The granted measures of a case as the Nachweis checks them (the ledger's sum per measure). */
  static List<BewilligteMassnahme> bewilligteMassnahmen(Foerderbudget budget, String nummer) {
    return budget.bewilligtJeMassnahme(nummer).stream()
        .map(m -> new BewilligteMassnahme(m.massnahmeId(), m.massnahmeName(), m.betragCent())).toList();
  }
}
