package de.hessen.aqb.nachweis.domain;

import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.LocalDate;

/**
 * A payment received on the claim of a Schlussbescheid. The claim is the Hauptforderung (Rückforderung) and the interest
 * fixed until the due day; after that day the open Hauptforderung bears further interest (§ 49a Abs. 3 HVwVfG, the same
 * rate) up to and including the day the money arrives. A payment is applied first to the interest, then to the
 * Hauptforderung (§ 367 Abs. 1 BGB). A payment larger than what is open on its day is refused.
 */
public final class Rueckzahlung {

  /** What is open: Hauptforderung, interest, and the last day already charged with interest. */
  public record Stand(long hauptforderungCent, long zinsenCent, LocalDate verzinstBis) {

    public long offenCent() {
      return hauptforderungCent + zinsenCent;
    }

    public boolean bezahlt() {
      return offenCent() == 0;
    }
  }

  /** One booked payment and the state after it. */
  public record Buchung(LocalDate eingangAm, long betragCent, long verzugszinsenCent, long aufZinsenCent,
      long aufHauptforderungCent, Stand danach) {}

  private Rueckzahlung() {}

  /** The interest added for late payment if the money arrives on {@code tag} (zero on or before the last charged day). */
  public static long verzugszinsen(Stand stand, LocalDate tag, Zinsberechnung zinsberechnung) {
    if (!tag.isAfter(stand.verzinstBis()) || stand.hauptforderungCent() == 0) {
      return 0;
    }
    return zinsberechnung.berechne(stand.hauptforderungCent(), stand.verzinstBis().plusDays(1), tag).zinsenCent();
  }

  /** What would settle the claim completely on {@code tag}. */
  public static long offenAm(Stand stand, LocalDate tag, Zinsberechnung zinsberechnung) {
    return stand.offenCent() + verzugszinsen(stand, tag, zinsberechnung);
  }

  /**
   * Books a payment; throws {@link UngueltigeEingabe} (German) for an amount that is not positive or
   * larger than what is open on that day.
   */
  public static Buchung buche(Stand stand, LocalDate eingangAm, long betragCent, Zinsberechnung zinsberechnung) {
    if (betragCent <= 0) {
      throw new UngueltigeEingabe("Der Betrag des Zahlungseingangs muss größer als 0,00 € sein.");
    }
    long verzug = verzugszinsen(stand, eingangAm, zinsberechnung);
    long zinsen = stand.zinsenCent() + verzug;
    long offen = stand.hauptforderungCent() + zinsen;
    if (betragCent > offen) {
      throw new UngueltigeEingabe("Der Zahlungseingang ist höher als die offene Forderung am Eingangstag ("
          + Geld.alsWaehrung(offen) + " einschließlich Zinsen). Eine Überzahlung wird nicht gebucht; bitte den Betrag prüfen.");
    }
    long aufZinsen = Math.min(betragCent, zinsen);
    long aufHaupt = betragCent - aufZinsen;
    LocalDate verzinstBis = eingangAm.isAfter(stand.verzinstBis()) ? eingangAm : stand.verzinstBis();
    return new Buchung(eingangAm, betragCent, verzug, aufZinsen, aufHaupt,
        new Stand(stand.hauptforderungCent() - aufHaupt, zinsen - aufZinsen, verzinstBis));
  }
}
