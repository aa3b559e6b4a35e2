package de.hessen.aqb.antrag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.domain.Antrag;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.referenz.Traeger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The providers' part ("Maßnahmendetails ergänzen"): which providers with an own login take part, what each may see,
 * and taking a provider's details back into the stored Antrag — only its own measures (per the stored Antrag), matched
 * by id, only the fields a provider edits.
 */
@Service
public class TraegerBeteiligung {

  private final AntragAblage ablage;
  private final Referenzdaten referenzdaten;
  private final Clock uhr;

  TraegerBeteiligung(AntragAblage ablage, Referenzdaten referenzdaten, Clock uhr) {
    this.ablage = ablage;
    this.referenzdaten = referenzdaten;
    this.uhr = uhr;
  }

  /** Groups of the providers with own login that run one of the active measures. */
  public List<String> traegerGruppen(String nummer) {
    Set<String> gruppen = new LinkedHashSet<>();
    for (JsonNode m : ablage.massnahmen(nummer)) {
      gruppe(m).ifPresent(gruppen::add);
    }
    return new ArrayList<>(gruppen);
  }

  /** The whole stored Antrag (for the body's view after the providers). */
  public ArrayNode antrag(String nummer) {
    return ablage.massnahmen(nummer);
  }

  /** The active measures run by the provider of this group: all the provider is allowed to see. */
  public ArrayNode fuerTraeger(String nummer, String gruppe) {
    ArrayNode eigene = JsonNodeFactory.instance.arrayNode();
    ablage.massnahmen(nummer).forEach(m -> {
      if (gruppe(m).filter(gruppe::equals).isPresent()) {
        eigene.add(m.deepCopy());
      }
    });
    return eigene;
  }

  @Transactional
  public void uebernimm(String nummer, int jahr, String gruppe, JsonNode eingabe, String benutzer) {
    if (eingabe == null || !eingabe.isArray()) {
      throw new UngueltigeEingabe("Bitte die Maßnahmendetails Ihrer Maßnahmen angeben.");
    }
    ArrayNode alle = ablage.massnahmen(nummer);
    ArrayNode eigene = JsonNodeFactory.instance.arrayNode();
    for (JsonNode neu : eingabe) {
      String id = neu.path("id").asText();
      ObjectNode alt = null;
      for (JsonNode m : alle) {
        if (m.path("id").asText().equals(id) && gruppe(m).filter(gruppe::equals).isPresent()) {
          alt = (ObjectNode) m;
        }
      }
      if (alt == null) {
        throw new UngueltigeEingabe("Die Maßnahme „" + id + "“ gehört nicht zu den Maßnahmen Ihres Trägers; Sie können "
            + "nur Ihre eigenen Maßnahmen ergänzen.");
      }
      for (String feld : MassnahmenJson.FELDER_TRAEGER) {
        if (neu.has(feld)) {
          alt.set(feld, neu.get(feld));
        }
      }
      eigene.add(alt);
    }
    Fehlerliste fehler = new Fehlerliste();
    Antrag teil = AntragRegeln.lies(MassnahmenJson.eingaben(eigene), jahr,
        id -> referenzdaten.traeger(id).map(Traeger::name).orElse(null), fehler);
    fehler.pruefe();
    teil.aktive().stream().filter(m -> !m.vollstaendig()).forEach(m -> fehler.add("Maßnahme „" + m.name()
        + "“: Bitte Zeitraum, Plätze, Kosten und Finanzierung vollständig angeben."));
    fehler.pruefe();
    ablage.speichere(nummer, alle, benutzer, uhr.instant());
  }

  private java.util.Optional<String> gruppe(JsonNode m) {
    String id = MassnahmenJson.text(m, "traeger");
    if (id == null || id.isBlank() || m.path("entfaellt").asBoolean(false)) {
      return java.util.Optional.empty();
    }
    return referenzdaten.traeger(id).map(Traeger::gruppenId);
  }
}
