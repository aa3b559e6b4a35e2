package de.hessen.aqb.aenderungsantrag.camunda;

import static de.hessen.aqb.aenderungsantrag.camunda.AenderungsantragVariablen.*;

import de.hessen.aqb.aenderungsantrag.AenderungsAnzeige;
import de.hessen.aqb.durchfuehrung.camunda.StandZeigen;
import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.plattform.ProzessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Every RP task of the request starts with empty inputs, the case's figures and the stored request with its decision. */
@Component("aenderungRpVorbereiten")
class RpAufgabeVorbereiten implements TaskListener {

  private static final List<ProzessVariable<?>> EINGABEN = List.of(KENNTNIS_BEMERKUNG, ENTSCHEIDUNG, BETRAEGE,
      ENTSCHEIDUNG_BEGRUENDUNG, FREIGABE, FREIGABE_BEMERKUNG);

  private final Faelle faelle;
  private final StandZeigen stand;
  private final AenderungsAnzeige anzeige;

  RpAufgabeVorbereiten(Faelle faelle, StandZeigen stand, AenderungsAnzeige anzeige) {
    this.faelle = faelle;
    this.stand = stand;
    this.anzeige = anzeige;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    EINGABEN.forEach(e -> e.setze(aufgabe, null));
    var fall = faelle.kopf(aufgabe);
    stand.zeige(aufgabe, fall);
    AenderungsAnzeige.Uebersicht u = anzeige.uebersicht(fall.nummer(), NUMMER.von(aufgabe));
    aufgabe.setVariable(UEBERSICHT.name(), ProzessVariable.alsJson(u.posten()));
    EINSTUFUNG_ANZEIGE.setze(aufgabe, u.einstufung());
    ZEITRAUM_ANZEIGE.setze(aufgabe, u.zeitraum());
    ANTRAG_BEGRUENDUNG_ANZEIGE.setze(aufgabe, u.begruendung());
    ENTSCHEIDUNG_ANZEIGE.setze(aufgabe, u.entscheidung());
    FREIGABE_BEMERKUNG_ANZEIGE.setze(aufgabe, u.freigabeBemerkung());
    GESTELLT_VON.setze(aufgabe, u.gestelltVon());
    VERFASSER.setze(aufgabe, u.verfasser());
  }
}
