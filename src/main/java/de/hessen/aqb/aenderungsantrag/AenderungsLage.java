package de.hessen.aqb.aenderungsantrag;

import de.hessen.aqb.aenderungsantrag.domain.Lage;
import de.hessen.aqb.antrag.AntragAblage;
import de.hessen.aqb.antrag.AntragEigenschaften;
import de.hessen.aqb.antrag.Vereinbarung;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.referenz.Traeger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads where a case stands now, for the Änderungsantrag rules: the ledgers (granted and paid per measure), the
 * published Zielvereinbarung's budget, the Bescheid in force, the programme's maximum duration and the providers.
 */
@Component
public class AenderungsLage {

  private final Foerderbudget budget;
  private final Mittelabrufe mittelabrufe;
  private final Vereinbarung vereinbarung;
  private final AntragAblage antraege;
  private final AntragEigenschaften antrag;
  private final Referenzdaten referenz;
  private final Aenderungen aenderungen;

  AenderungsLage(Foerderbudget budget, Mittelabrufe mittelabrufe, Vereinbarung vereinbarung, AntragAblage antraege,
      AntragEigenschaften antrag, Referenzdaten referenz, Aenderungen aenderungen) {
    this.budget = budget;
    this.mittelabrufe = mittelabrufe;
    this.vereinbarung = vereinbarung;
    this.antraege = antraege;
    this.antrag = antrag;
    this.referenz = referenz;
    this.aenderungen = aenderungen;
  }

  public Lage lage(Fallkopf fall) {
    Map<String, Long> ausgezahlt = mittelabrufe.ausgezahltJeMassnahme(fall.nummer());
    Map<String, String> traegerJeMassnahme = traegerJeMassnahme(fall.nummer());
    var massnahmen = budget.bewilligtJeMassnahme(fall.nummer()).stream()
        .map(m -> new Lage.Massnahme(m.massnahmeId(), m.massnahmeName(), m.betragCent(),
            ausgezahlt.getOrDefault(m.massnahmeId(), 0L), traegerJeMassnahme.getOrDefault(m.massnahmeId(), "")))
        .toList();
    Map<String, String> traeger = new LinkedHashMap<>();
    referenz.traeger().forEach((Traeger t) -> traeger.put(t.id(), t.name()));
    LocalDate ende = bescheid(fall).bewilligungBis();
    return new Lage(massnahmen, vereinbarung.budgetCent(fall.nummer()), ende, hoechstesEnde(fall.jahr()), traeger);
  }

  /** The Bescheid in force. */
  public Foerderbudget.ErlassenerBescheid bescheid(Fallkopf fall) {
    return budget.erlassenerBescheid(fall.nummer()).orElseThrow(() ->
        new IllegalStateException("Der Förderfall " + fall.nummer() + " hat keinen erlassenen Bescheid."));
  }

  /** 31 December of the last year the programme lets measures run (aqb.antrag.laufzeit-jahre). */
  LocalDate hoechstesEnde(int programmjahr) {
    return LocalDate.of(programmjahr + antrag.laufzeitJahre() - 1, 12, 31);
  }

  /** Provider of each measure: from the Antrag, then every issued change. */
  private Map<String, String> traegerJeMassnahme(String nummer) {
    Map<String, String> traeger = new HashMap<>();
    try {
      antraege.massnahmen(nummer).forEach(m -> traeger.put(m.path("id").asText(), m.path("traegerName").asText("")));
    } catch (IllegalStateException keinAntrag) {
      // a case started mid-lifecycle (tests, migrated data) has no stored Antrag: the provider is unknown
    }
    traeger.putAll(aenderungen.geaenderteTraeger(nummer));
    return traeger;
  }
}
