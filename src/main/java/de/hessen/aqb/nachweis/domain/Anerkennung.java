package de.hessen.aqb.nachweis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rechnerische Prüfung's result per measure, computed only from the stored Fassung and the RP's objections — never
 * from a typed sum: claimed spending (Σ Belege) − objected Belege = accepted spending; the financing type turns it and
 * the Einnahmen into what the grant may cover; the tolerance rule caps it against the grant per measure. Amounts in cents.
 */
public final class Anerkennung {

  /** The Bescheid's financing type and, for {@link Finanzierungsart#ANTEIL}, the share in percent. */
  public record Finanzierung(Finanzierungsart art, BigDecimal anteilProzent) {

    public static final Finanzierung FESTBETRAG = new Finanzierung(Finanzierungsart.FESTBETRAG, null);
  }

  /** The result for one measure; {@code grund} explains every cut (null when all claimed spending is recognised). */
  public record Zeile(String massnahmeId, String name, long bewilligtCent, long ausgabenCent, long einnahmenCent,
      long beanstandetCent, long foerderfaehigCent, long anerkanntCent, Toleranzregel.Ergebnis toleranz, String grund) {

    public long nichtAnerkanntCent() {
      return ausgabenCent - anerkanntCent;
    }
  }

  private Anerkennung() {}

  /**
   * @param positionen  the stored zahlenmäßiger Nachweis (grant of the ledger, claimed Ausgaben and Einnahmen)
   * @param belege      the stored Belegliste of the same Fassung
   * @param einwaende   the RP's objections by row
   * @param toleranzProzent see {@link Toleranzregel}
   */
  public static List<Zeile> berechne(List<NachweisPosition> positionen, List<Beleg> belege, Map<Integer, Einwand> einwaende,
      Finanzierung finanzierung, int toleranzProzent) {
    List<Toleranzregel.Bedarf> bedarfe = new ArrayList<>();
    long[] beanstandet = new long[positionen.size()];
    long[] foerderfaehig = new long[positionen.size()];
    for (int i = 0; i < positionen.size(); i++) {
      NachweisPosition p = positionen.get(i);
      beanstandet[i] = belege.stream().filter(b -> b.massnahmeId().equals(p.massnahmeId()) && einwaende.containsKey(b.zeile()))
          .mapToLong(Beleg::betragCent).sum();
      foerderfaehig[i] = finanzierung.art().foerderfaehig(p.ausgabenCent() - beanstandet[i], p.einnahmenCent(),
          finanzierung.anteilProzent());
      bedarfe.add(new Toleranzregel.Bedarf(p.massnahmeId(), p.bewilligtCent(), foerderfaehig[i]));
    }
    Map<String, Toleranzregel.Ergebnis> toleranz = Toleranzregel.anwenden(bedarfe, toleranzProzent);
    List<Zeile> zeilen = new ArrayList<>();
    for (int i = 0; i < positionen.size(); i++) {
      NachweisPosition p = positionen.get(i);
      Toleranzregel.Ergebnis t = toleranz.get(p.massnahmeId());
      List<Einwand> eigene = belege.stream().filter(b -> b.massnahmeId().equals(p.massnahmeId()) && einwaende.containsKey(b.zeile()))
          .map(b -> einwaende.get(b.zeile())).toList();
      String grund = AnerkennungsBegruendung.text(p, eigene, beanstandet[i], foerderfaehig[i], finanzierung, t, toleranzProzent);
      zeilen.add(new Zeile(p.massnahmeId(), p.name(), p.bewilligtCent(), p.ausgabenCent(), p.einnahmenCent(), beanstandet[i],
          foerderfaehig[i], t.anerkanntCent(), t, grund));
    }
    return zeilen;
  }
}
