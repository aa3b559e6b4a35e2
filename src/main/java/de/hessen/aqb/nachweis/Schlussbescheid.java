package de.hessen.aqb.nachweis;

import de.hessen.aqb.nachweis.domain.Zinsberechnung;
import de.hessen.aqb.nachweis.domain.ZinsenNachAbsatz4;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the Schlussbescheid (with Rückforderung) prints. Amounts in euro cents.
 *
 * @param aktenzeichen        the Aktenzeichen of the Zuwendungsbescheid, e.g. "57 AQB 2025-06414"
 * @param zeilen              one line per granted measure: granted, claimed, recognised, reason of a cut
 * @param zinsen              interest per § 49a Abs. 3 HVwVfG, piecewise per Basiszinssatz period
 * @param zinsenAbs4          interest on money used later than two months after its payment (§ 49a Abs. 4 HVwVfG)
 * @param zinsWarnung         set when a Basiszinssatz was missing (the last one was used provisionally), else null
 * @param faelligAm           the day Rückforderung and interest are due
 * @param sachlich            who confirmed "sachlich richtig" (display name)
 * @param rechnerisch         who confirmed "rechnerisch richtig" and signs (display name)
 */
public record Schlussbescheid(String aktenzeichen, LocalDate datum, String empfaenger, int programmjahr,
    LocalDate bewilligungVon, LocalDate bewilligungBis, List<Zeile> zeilen, long ausgezahltCent, long rueckforderungCent,
    Zinsberechnung.Ergebnis zinsen, ZinsenNachAbsatz4.Ergebnis zinsenAbs4, String zinsWarnung, LocalDate faelligAm,
    String sachlich, String rechnerisch) {

  public record Zeile(String name, long bewilligtCent, long ausgabenCent, long anerkanntCent, String grund) {}

  public long bewilligtCent() {
    return zeilen.stream().mapToLong(Zeile::bewilligtCent).sum();
  }

  public long ausgabenCent() {
    return zeilen.stream().mapToLong(Zeile::ausgabenCent).sum();
  }

  public long anerkanntCent() {
    return zeilen.stream().mapToLong(Zeile::anerkanntCent).sum();
  }

  public long gesamtCent() {
    return rueckforderungCent + zinsen.zinsenCent() + zinsenAbs4.zinsenCent();
  }
}
