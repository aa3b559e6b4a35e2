package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.antrag.domain.BescheidDaten.Bescheidart;
import de.hessen.aqb.antrag.domain.BescheidRegeln;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Builds the Bescheid's data from the draft form (variable {@code bewilligungen}, dates, texts) and the Antrag. */
@Component
public class BescheidAusVariablen {

  /** Printed in place of the releasing clerk while the Bescheid is a draft. */
  static final String ENTWURF_OHNE_FREIGABE = "(Entwurf – Freigabe ausstehend)";

  private final Referenzdaten referenzdaten;
  private final Personen personen;

  BescheidAusVariablen(Referenzdaten referenzdaten, Personen personen) {
    this.referenzdaten = referenzdaten;
    this.personen = personen;
  }

  public static Bescheidart art(String entscheidungsart) {
    return switch (entscheidungsart == null ? "" : entscheidungsart) {
      case "voll" -> Bescheidart.VOLLBEWILLIGUNG;
      case "teil" -> Bescheidart.TEILBEWILLIGUNG;
      case "ablehnung" -> Bescheidart.ABLEHNUNG;
      default -> throw new de.hessen.aqb.gemeinsam.UngueltigeEingabe(
          "Bitte die Entscheidung wählen: Vollbewilligung, Teilbewilligung oder Ablehnung.");
    };
  }

  public BescheidDaten lies(VariableScope scope, LocalDate bescheidDatum, String freigabeBenutzer) {
    Bescheidart art = art(ENTSCHEIDUNGSART.von(scope));
    int jahr = JAHR.von(scope);
    List<BescheidDaten.Position> positionen = positionen(scope, jahr);
    if (art == Bescheidart.ABLEHNUNG) {
      positionen = BescheidRegeln.abgelehnt(positionen);
    }
    var gk = referenzdaten.nachKreisschluessel(GEBIETSKOERPERSCHAFT.von(scope)).orElseThrow();
    return new BescheidDaten(AKTENZEICHEN.von(scope), bescheidDatum, art, gk.bezeichnung(), gk.formen().dativ(), jahr,
        ANTRAG_DATUM.von(scope), positionen, BEWILLIGUNG_VON.von(scope), BEWILLIGUNG_BIS.von(scope), MITTELABRUF_REGEL.von(scope),
        ZWISCHENNACHWEIS_FRIST.von(scope), VERWENDUNGSNACHWEIS_FRIST.von(scope), NEBENBESTIMMUNGEN.von(scope),
        begruendung(scope), personen.anzeigename(BESCHEID_VERFASSER.von(scope)),
        freigabeBenutzer == null ? ENTWURF_OHNE_FREIGABE : personen.anzeigename(freigabeBenutzer));
  }

  public static List<String> begruendung(VariableScope scope) {
    String text = BEGRUENDUNG.von(scope);
    return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** One position per line of {@code bewilligungen}; amounts in euros as typed by the RP clerk. */
  public List<BescheidDaten.Position> positionen(VariableScope scope, int jahr) {
    Map<String, JsonNode> massnahmen = new LinkedHashMap<>();
    for (JsonNode m : MASSNAHMEN.von(scope)) {
      massnahmen.put(m.path("id").asText(), m);
    }
    List<BescheidDaten.Position> positionen = new ArrayList<>();
    for (JsonNode b : BEWILLIGUNGEN.von(scope)) {
      JsonNode m = massnahmen.get(b.path("id").asText());
      String name = b.path("name").asText();
      Map<Integer, Long> jeJahr = new LinkedHashMap<>();
      for (int j = 1; j <= AntragRegeln.PLANUNGSJAHRE; j++) {
        Long cent = Geld.centNichtNegativ(AntragMassnahmen.text(b, "hj" + j), name + ", Haushaltsjahr " + (jahr + j - 1));
        if (cent != null && cent > 0) {
          jeJahr.put(jahr + j - 1, cent);
        }
      }
      Long bewilligt = Geld.centNichtNegativ(AntragMassnahmen.text(b, "bewilligt"), name + ", bewilligt");
      String art = m == null ? "" : AntragMassnahmen.text(m, "massnahmenart");
      positionen.add(new BescheidDaten.Position(b.path("id").asText(), name,
          art == null || art.isBlank() ? "" : Massnahmenart.nachNummer(Integer.parseInt(art)).bezeichnung(),
          m == null ? "" : String.valueOf(AntragMassnahmen.text(m, "traegerName")),
          b.path("beantragtCent").asLong(), bewilligt == null ? 0 : bewilligt, jeJahr));
    }
    return positionen;
  }
}
