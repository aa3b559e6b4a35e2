package de.hessen.aqb.antrag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.domain.Antrag;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.referenz.Traeger;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The body's steps: "Antrag erfassen" (format checks only), "Antrag prüfen und einreichen" and "Nachforderung
 * beantworten" (complete and within the agreement's budget). Stores the measures as the body typed them; the origin of
 * a measure (from the agreement or new) is the stored one, and a measure of the agreement cannot be removed.
 */
@Service
public class AntragErfassung {

  /** What the forms show afterwards. */
  public record Erfasst(ArrayNode massnahmen, String summeAnzeige, ArrayNode nachforderungen, java.time.LocalDate eingereichtAm) {}

  private final AntragAblage ablage;
  private final Vereinbarung vereinbarung;
  private final Referenzdaten referenzdaten;
  private final Clock uhr;

  AntragErfassung(AntragAblage ablage, Vereinbarung vereinbarung, Referenzdaten referenzdaten, Clock uhr) {
    this.ablage = ablage;
    this.vereinbarung = vereinbarung;
    this.referenzdaten = referenzdaten;
    this.uhr = uhr;
  }

  @Transactional
  public Erfasst erfasse(Fallkopf fall, JsonNode liste, String benutzer) {
    ArrayNode massnahmen = uebernimm(fall, liste);
    Fehlerliste fehler = new Fehlerliste();
    Antrag antrag = AntragRegeln.lies(MassnahmenJson.eingaben(massnahmen), fall.jahr(), this::traegerName, fehler);
    fehler.pruefe();
    ablage.speichere(fall.nummer(), massnahmen, benutzer, uhr.instant());
    return new Erfasst(massnahmen, Geld.alsWaehrung(antrag.summeBeantragtCent()), ablage.nachforderungen(fall.nummer()), null);
  }

  @Transactional
  public Erfasst reicheEin(Fallkopf fall, JsonNode liste, Boolean bestaetigt, String benutzer) {
    if (!Boolean.TRUE.equals(bestaetigt)) {
      throw new UngueltigeEingabe("Bitte bestätigen, dass die Angaben vollständig und richtig sind.");
    }
    Erfasst erfasst = einreichbar(fall, liste, benutzer);
    java.time.LocalDate heute = java.time.LocalDate.now(uhr);
    ablage.eingereicht(fall.nummer(), benutzer, heute);
    return new Erfasst(erfasst.massnahmen(), erfasst.summeAnzeige(), erfasst.nachforderungen(), heute);
  }

  @Transactional
  public Erfasst beantworteNachforderung(Fallkopf fall, JsonNode liste, String antwort, String benutzer) {
    if (antwort == null || antwort.isBlank()) {
      throw new UngueltigeEingabe("Bitte beantworten Sie die Nachforderung des Regierungspräsidiums.");
    }
    Erfasst erfasst = einreichbar(fall, liste, benutzer);
    ablage.beantworte(fall.nummer(), antwort, benutzer, java.time.LocalDate.now(uhr));
    return new Erfasst(erfasst.massnahmen(), erfasst.summeAnzeige(), ablage.nachforderungen(fall.nummer()), null);
  }

  private Erfasst einreichbar(Fallkopf fall, JsonNode liste, String benutzer) {
    ArrayNode massnahmen = uebernimm(fall, liste);
    Antrag antrag = AntragRegeln.einreichbar(MassnahmenJson.eingaben(massnahmen), fall.jahr(),
        vereinbarung.budgetCent(fall.nummer()), this::traegerName);
    ablage.speichere(fall.nummer(), massnahmen, benutzer, uhr.instant());
    return new Erfasst(massnahmen, Geld.alsWaehrung(antrag.summeBeantragtCent()), ablage.nachforderungen(fall.nummer()), null);
  }

  /** The body's list, only the body's fields, with the stored origin; none submitted: the stored list. */
  private ArrayNode uebernimm(Fallkopf fall, JsonNode liste) {
    ArrayNode gespeichert = ablage.massnahmen(fall.nummer());
    if (liste == null) {
      return gespeichert;
    }
    if (!liste.isArray()) {
      throw new UngueltigeEingabe("Die Maßnahmen müssen als Liste übermittelt werden.");
    }
    Map<String, String> herkunft = new HashMap<>();
    gespeichert.forEach(m -> herkunft.put(m.path("id").asText(), MassnahmenJson.text(m, "herkunft")));
    ArrayNode neu = JsonNodeFactory.instance.arrayNode();
    for (JsonNode m : liste) {
      ObjectNode eintrag = neu.addObject();
      MassnahmenJson.FELDER_GEBIETSKOERPERSCHAFT.stream().filter(m::has).forEach(k -> eintrag.set(k, m.get(k)));
      String h = herkunft.remove(m.path("id").asText());
      if (h != null) {
        eintrag.put("herkunft", h);
      }
    }
    herkunft.values().stream().filter("ZIELVEREINBARUNG"::equals).findFirst().ifPresent(h -> {
      throw new UngueltigeEingabe("Eine Maßnahme aus der Zielvereinbarung kann nicht entfernt werden. Bitte kennzeichnen "
          + "Sie sie als entfallen und begründen Sie dies.");
    });
    return neu;
  }

  String traegerName(String id) {
    return referenzdaten.traeger(id).map(Traeger::name).orElse(null);
  }
}
