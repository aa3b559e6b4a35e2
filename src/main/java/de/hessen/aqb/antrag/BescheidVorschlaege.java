package de.hessen.aqb.antrag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.antrag.domain.Antrag;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.antrag.domain.Detailplanung;
import de.hessen.aqb.antrag.domain.Massnahme;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** The proposal the drafter starts from: everything as requested, period from the measures, deadlines from configuration. */
@Service
public class BescheidVorschlaege {

  /** Form values of "Bescheid entwerfen" (amounts in euros, one line per active measure). */
  public record Vorschlag(String entscheidungsart, ArrayNode bewilligungen, String aktenzeichen, LocalDate bewilligungVon,
      LocalDate bewilligungBis, LocalDate verwendungsnachweisFrist, String zwischennachweisFrist, String mittelabrufRegel,
      String nebenbestimmungen) {}

  private final BescheidEntwurf entwurf;
  private final BescheidEigenschaften eigenschaften;

  BescheidVorschlaege(BescheidEntwurf entwurf, BescheidEigenschaften eigenschaften) {
    this.entwurf = entwurf;
    this.eigenschaften = eigenschaften;
  }

  public Vorschlag vorschlag(Fallkopf fall) {
    int jahr = fall.jahr();
    Antrag antrag = entwurf.antrag(fall);
    ArrayNode zeilen = JsonNodeFactory.instance.arrayNode();
    for (Massnahme m : antrag.aktive()) {
      long beantragt = m.foerderungCent() == null ? 0 : m.foerderungCent();
      var z = zeilen.addObject().put("id", m.id()).put("name", m.name()).put("beantragtCent", beantragt)
          .put("beantragt", Geld.alsWaehrung(beantragt)).put("bewilligt", euro(beantragt));
      for (int j = 1; j <= AntragRegeln.PLANUNGSJAHRE; j++) {
        int hj = jahr + j - 1;
        long geplant = antrag.planung().stream().filter(p -> p.massnahmeId().equals(m.id()) && p.haushaltsjahr() == hj)
            .mapToLong(Detailplanung::betragCent).sum();
        z.put("hj" + j, geplant == 0 ? "" : euro(geplant));
      }
    }
    LocalDate von = antrag.aktive().stream().map(Massnahme::beginn).filter(Objects::nonNull).min(LocalDate::compareTo)
        .orElse(LocalDate.of(jahr, 1, 1));
    LocalDate bis = antrag.aktive().stream().map(Massnahme::ende).filter(Objects::nonNull).max(LocalDate::compareTo)
        .orElse(LocalDate.of(jahr, 12, 31));
    return new Vorschlag("voll", zeilen, eigenschaften.aktenzeichenPraefix() + " " + fall.nummer().substring(4), von, bis,
        bis.plus(eigenschaften.verwendungsnachweisNach()), bis.getYear() > jahr ? eigenschaften.zwischennachweisFrist() : null,
        eigenschaften.mittelabrufRegel(), eigenschaften.nebenbestimmungen());
  }

  private static String euro(long cent) {
    return Geld.alsEingabe(cent);
  }
}
