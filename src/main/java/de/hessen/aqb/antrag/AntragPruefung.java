package de.hessen.aqb.antrag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.antrag.domain.Antrag;
import de.hessen.aqb.antrag.domain.AntragKennzahlen;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.referenz.Traeger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The RP's check: the rules of the DMN "Antragsprüfung" on the stored Antrag, then the clerk's decision or Nachforderung. */
@Service
public class AntragPruefung {

  static final String ENTSCHEIDUNG = "Decision_Antragspruefung";

  /** The checklist (nummer, pruefpunkt, ergebnis, erfuellt, hinweis) and whether every rule holds. */
  public record Regelpruefung(ArrayNode punkte, boolean alleErfuellt) {}

  /** A Nachforderung: when its deadline ends (the timer), and all rounds for display. */
  public record Nachforderung(LocalDateTime fristEnde, ArrayNode runden) {}

  private final DecisionService decisionService;
  private final AntragAblage ablage;
  private final Vereinbarung vereinbarung;
  private final AntragFristen fristen;
  private final AntragEigenschaften eigenschaften;
  private final Referenzdaten referenzdaten;

  AntragPruefung(DecisionService decisionService, AntragAblage ablage, Vereinbarung vereinbarung, AntragFristen fristen,
      AntragEigenschaften eigenschaften, Referenzdaten referenzdaten) {
    this.decisionService = decisionService;
    this.ablage = ablage;
    this.vereinbarung = vereinbarung;
    this.fristen = fristen;
    this.eigenschaften = eigenschaften;
    this.referenzdaten = referenzdaten;
  }

  public Regelpruefung pruefeNachRegeln(Fallkopf fall) {
    int jahr = fall.jahr();
    Antrag antrag = AntragRegeln.lies(MassnahmenJson.eingaben(ablage.massnahmen(fall.nummer())), jahr,
        id -> referenzdaten.traeger(id).map(Traeger::name).orElse(null), new Fehlerliste());
    AntragKennzahlen kennzahlen = AntragKennzahlen.berechne(antrag, vereinbarung.budgetCent(fall.nummer()),
        fristen.zulaessigVon(jahr), fristen.zulaessigBis(jahr), eigenschaften.zweckbindungen(jahr));
    DmnDecisionResult ergebnis = decisionService.evaluateDecisionByKey(ENTSCHEIDUNG).variables(kennzahlen.alsVariablen())
        .evaluate();
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    boolean alle = true;
    for (Map<String, Object> zeile : ergebnis.getResultList()) {
      boolean erfuellt = Boolean.TRUE.equals(zeile.get("erfuellt"));
      alle &= erfuellt;
      liste.addObject().put("nummer", ((Number) zeile.get("nummer")).intValue())
          .put("pruefpunkt", String.valueOf(zeile.get("pruefpunkt"))).put("ergebnis", erfuellt ? "erfüllt" : "NICHT erfüllt")
          .put("erfuellt", erfuellt).put("hinweis", zeile.get("hinweis") == null ? "" : zeile.get("hinweis").toString());
    }
    return new Regelpruefung(liste, alle);
  }

  /** "entscheiden": nothing to record; "nachfordern": text and a future deadline, recorded with the clerk. */
  @Transactional
  public java.util.Optional<Nachforderung> entscheide(Fallkopf fall, String entscheidung, String text, LocalDate frist,
      String benutzer) {
    if (!"nachfordern".equals(entscheidung) && !"entscheiden".equals(entscheidung)) {
      throw new UngueltigeEingabe("Bitte wählen: Unterlagen nachfordern oder über den Antrag entscheiden.");
    }
    if ("entscheiden".equals(entscheidung)) {
      return java.util.Optional.empty();
    }
    LocalDate heute = fristen.heute();
    new Fehlerliste()
        .wenn(text == null || text.isBlank(), "Bitte angeben, welche Unterlagen oder Korrekturen nachgefordert werden.")
        .wenn(frist == null, "Bitte eine Frist für die Nachforderung angeben.")
        .wenn(frist != null && !frist.isAfter(heute), "Die Frist der Nachforderung muss in der Zukunft liegen.")
        .pruefe();
    ablage.fordereNach(fall.nummer(), text, frist, benutzer, heute);
    return java.util.Optional.of(new Nachforderung(frist.atTime(23, 59), ablage.nachforderungen(fall.nummer())));
  }
}
