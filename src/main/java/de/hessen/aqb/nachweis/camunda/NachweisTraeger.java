package de.hessen.aqb.nachweis.camunda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.TraegerberichtEinreichung;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Used in nachweis.bpmn as {@code ${nachweisTraeger...}}: the providers to involve (collection of the multi-instance and
 * the gateway "Träger mit eigenem Zugang beteiligt?") and what each provider's process receives — only its measures.
 */
@Component("nachweisTraeger")
public class NachweisTraeger {

  private final TraegerberichtEinreichung einreichung;
  private final Faelle faelle;

  NachweisTraeger(TraegerberichtEinreichung einreichung, Faelle faelle) {
    this.einreichung = einreichung;
    this.faelle = faelle;
  }

  public List<String> traegerGruppen(VariableScope scope) {
    return einreichung.traegerGruppen(faelle.kopf(scope).nummer());
  }

  public String name(String gruppe) {
    return einreichung.traeger(gruppe).name();
  }

  public TypedValue fuerTraeger(VariableScope scope, String gruppe) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    einreichung.eigeneMassnahmen(faelle.kopf(scope).nummer(), gruppe).forEach(m -> {
      ObjectNode z = liste.addObject().put("id", m.id()).put("name", m.name()).put("bewilligt", Geld.alsWaehrung(m.bewilligtCent()));
      z.put("teilnehmendeGeplant", m.teilnehmendeGeplant() == null ? "–" : m.teilnehmendeGeplant().toString());
      z.put("teilnehmendeErreicht", "").put("ergebnisse", "").put("abweichungen", "").put("ausgaben", "").put("einnahmen", "");
    });
    return ProzessVariable.alsJson(liste);
  }
}
