package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.nachweis.domain.BewilligteMassnahme;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Verwendungsnachweis vorbereiten": what the body's task shows, from the records only — one row per granted measure
 * (the ledger's sum over the Haushaltsjahre), what was paid (Mittelabrufe), the Bescheid in force and the deadline.
 */
@Service
public class NachweisVorbereitung {

  /** What the Verwendungsnachweis is written against. */
  public record Vorbereitung(Fallkopf kopf, Foerderbudget.ErlassenerBescheid bescheid, List<BewilligteMassnahme> massnahmen,
      long ausgezahltCent, LocalDate frist) {

    public long bewilligtCent() {
      return massnahmen.stream().mapToLong(BewilligteMassnahme::bewilligtCent).sum();
    }
  }

  private final Foerderbudget budget;
  private final Mittelabrufe mittelabrufe;
  private final NachweisTermine termine;

  NachweisVorbereitung(Foerderbudget budget, Mittelabrufe mittelabrufe, NachweisTermine termine) {
    this.budget = budget;
    this.mittelabrufe = mittelabrufe;
    this.termine = termine;
  }

  @Transactional(readOnly = true)
  public Vorbereitung bereiteVor(Fallkopf kopf) {
    String nummer = kopf.nummer();
    List<BewilligteMassnahme> massnahmen = bewilligteMassnahmen(nummer);
    if (massnahmen.isEmpty()) {
      throw new IllegalStateException("Für den Förderfall " + nummer + " ist keine Bewilligung gebucht: kein Verwendungsnachweis möglich.");
    }
    return new Vorbereitung(kopf, bescheid(nummer), massnahmen, mittelabrufe.summeAusgezahltCent(nummer), termine.frist(nummer));
  }

  /** The granted measures of a case as the Nachweis checks them (the ledger's sum per measure). */
  public List<BewilligteMassnahme> bewilligteMassnahmen(String nummer) {
    return budget.bewilligtJeMassnahme(nummer).stream()
        .map(m -> new BewilligteMassnahme(m.massnahmeId(), m.massnahmeName(), m.betragCent())).toList();
  }

  /** The Bescheid in force: Aktenzeichen, Bewilligungszeitraum, deadline. */
  public Foerderbudget.ErlassenerBescheid bescheid(String nummer) {
    return budget.erlassenerBescheid(nummer)
        .orElseThrow(() -> new IllegalStateException("Für den Förderfall " + nummer + " ist kein Bescheid erlassen."));
  }
}
