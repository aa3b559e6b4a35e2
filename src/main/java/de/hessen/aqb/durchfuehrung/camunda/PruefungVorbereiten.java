package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.durchfuehrung.MittelabrufEntscheiden;
import de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.plattform.ProzessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Mittelabruf prüfen" is created: the request per measure from the ledger, and the case's figures at this moment
 * (they are checked again when the RP decides).
 */
@Component("mittelabrufPruefungVorbereiten")
class PruefungVorbereiten implements TaskListener {

  private final Faelle faelle;
  private final MittelabrufEntscheiden entscheiden;
  private final StandZeigen stand;

  PruefungVorbereiten(Faelle faelle, MittelabrufEntscheiden entscheiden, StandZeigen stand) {
    this.faelle = faelle;
    this.entscheiden = entscheiden;
    this.stand = stand;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    Fallkopf fall = faelle.kopf(aufgabe);
    stand.zeige(aufgabe, fall);
    ArrayNode posten = JsonNodeFactory.instance.arrayNode();
    for (MittelabrufRegeln.Anforderung a : entscheiden.anforderungen(fall.nummer(), MITTELABRUF_NUMMER.von(aufgabe))) {
      posten.addObject().put("id", a.massnahmeId()).put("name", a.name()).put("angefordert", Geld.alsWaehrung(a.angefordertCent()));
    }
    aufgabe.setVariable(MITTELABRUF_POSTEN.name(), ProzessVariable.alsJson(posten));
    ENTSCHEIDUNG.setze(aufgabe, null);
    AUSZAHLUNGEN.setze(aufgabe, null);
    BEGRUENDUNG.setze(aufgabe, null);
  }
}
