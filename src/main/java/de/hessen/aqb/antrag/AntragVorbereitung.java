package de.hessen.aqb.antrag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Antrag aus der Zielvereinbarung vorbereiten": one measure per project of the published agreement, and the deadlines. */
@Service
public class AntragVorbereitung {

  /** The prepared Antrag and what the body's forms show of the agreement. */
  public record Vorbereitet(ArrayNode massnahmen, LocalDateTime antragsfrist, LocalDateTime erinnerung, String budgetAnzeige) {}

  private final Vereinbarung vereinbarung;
  private final AntragAblage ablage;
  private final AntragFristen fristen;

  AntragVorbereitung(Vereinbarung vereinbarung, AntragAblage ablage, AntragFristen fristen) {
    this.vereinbarung = vereinbarung;
    this.ablage = ablage;
    this.fristen = fristen;
  }

  @Transactional
  public Vorbereitet bereiteVor(Fallkopf fall) {
    if (!ablage.vorhanden(fall.nummer())) {
      ArrayNode massnahmen = JsonNodeFactory.instance.arrayNode();
      int nummer = 0;
      for (Vereinbarung.Projekt projekt : vereinbarung.projekte(fall.nummer())) {
        massnahmen.addObject().put("id", "M" + (++nummer)).put("name", projekt.name())
            .put("massnahmenart", String.valueOf(projekt.art().nummer())).put("herkunft", "ZIELVEREINBARUNG")
            .put("entfaellt", false);
      }
      ablage.lege(fall.nummer(), massnahmen, fristen.antragsfrist(fall.jahr()));
    }
    LocalDateTime frist = ablage.antragsfrist(fall.nummer()).orElseThrow();
    return new Vorbereitet(ablage.massnahmen(fall.nummer()), frist, frist.minus(fristen.erinnerungVorher()),
        Geld.alsWaehrung(vereinbarung.budgetCent(fall.nummer())));
  }
}
