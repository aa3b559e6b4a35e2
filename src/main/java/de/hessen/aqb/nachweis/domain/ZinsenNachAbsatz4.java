package de.hessen.aqb.nachweis.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Interest on money paid but not used within two months of its payment (§ 49a Abs. 4 HVwVfG; ANBest-GK: money may be
 * requested only for payments due within two months). The rule of this application (ADR 9, examples there):
 * <ol>
 *   <li>Spending uses the money first in, first out: the recognised Belege in date order take the oldest payment that
 *   still has money left. A Beleg dated before the payment it takes (the body pre-financed) uses that money on the day
 *   it arrives. Spending beyond all payments is the body's own money.</li>
 *   <li>A part of a payment used later than two months after the payment bears interest from the day after the payment
 *   until the day it was used, both included.</li>
 *   <li>A part never used is reclaimed and bears interest under Abs. 3 from {@code zinsbeginnAbsatz3}; if that is more
 *   than two months after the payment, it bears Abs. 4 interest from the day after the payment until the day before.</li>
 * </ol>
 * Interest per part is computed by {@link Zinsberechnung} (day-exact, per Basiszinssatz period, rounded per period).
 */
public final class ZinsenNachAbsatz4 {

  /** A payment of the RP (Mittelabruf paid on {@code tag}). */
  public record Auszahlung(LocalDate tag, long betragCent) {}

  /** Recognised spending on {@code tag} (a Beleg, or the part of one that counts). */
  public record Verwendung(LocalDate tag, long betragCent) {}

  /** One part of a payment with the day it was used (null: never used) and its interest (zero within two months). */
  public record Posten(LocalDate ausgezahltAm, long betragCent, LocalDate verwendetAm, Zinsberechnung.Ergebnis zinsen) {

    public long zinsenCent() {
      return zinsen == null ? 0 : zinsen.zinsenCent();
    }
  }

  public record Ergebnis(List<Posten> posten) {

    public long zinsenCent() {
      return posten.stream().mapToLong(Posten::zinsenCent).sum();
    }

    /** Only the parts that bear interest. */
    public List<Posten> verzinst() {
      return posten.stream().filter(p -> p.zinsenCent() > 0).toList();
    }

    public Optional<String> warnung() {
      return posten.stream().filter(p -> p.zinsen() != null).map(p -> p.zinsen().warnung()).flatMap(Optional::stream).findFirst();
    }
  }

  static final int MONATE = 2;

  private final Zinsberechnung zinsberechnung;

  public ZinsenNachAbsatz4(Zinsberechnung zinsberechnung) {
    this.zinsberechnung = zinsberechnung;
  }

  public Ergebnis berechne(List<Auszahlung> auszahlungen, List<Verwendung> verwendungen, LocalDate zinsbeginnAbsatz3) {
    List<long[]> rest = new ArrayList<>();
    List<Auszahlung> zahlungen = auszahlungen.stream().filter(a -> a.betragCent() > 0)
        .sorted(Comparator.comparing(Auszahlung::tag)).toList();
    zahlungen.forEach(a -> rest.add(new long[] {a.betragCent()}));
    List<Posten> posten = new ArrayList<>();
    int i = 0;
    for (Verwendung v : verwendungen.stream().filter(v -> v.betragCent() > 0).sorted(Comparator.comparing(Verwendung::tag)).toList()) {
      long offen = v.betragCent();
      while (offen > 0 && i < zahlungen.size()) {
        Auszahlung a = zahlungen.get(i);
        long teil = Math.min(offen, rest.get(i)[0]);
        LocalDate verwendet = v.tag().isBefore(a.tag()) ? a.tag() : v.tag();
        posten.add(posten(a.tag(), teil, verwendet, verwendet));
        rest.get(i)[0] -= teil;
        offen -= teil;
        if (rest.get(i)[0] == 0) {
          i++;
        }
      }
    }
    for (; i < zahlungen.size(); i++) {
      if (rest.get(i)[0] > 0) {
        posten.add(posten(zahlungen.get(i).tag(), rest.get(i)[0], null, zinsbeginnAbsatz3.minusDays(1)));
      }
    }
    return new Ergebnis(posten);
  }

  private Posten posten(LocalDate ausgezahlt, long betrag, LocalDate verwendet, LocalDate zinsBis) {
    boolean zuSpaet = zinsBis.isAfter(ausgezahlt.plusMonths(MONATE));
    return new Posten(ausgezahlt, betrag, verwendet, zuSpaet ? zinsberechnung.berechne(betrag, ausgezahlt.plusDays(1), zinsBis) : null);
  }
}
