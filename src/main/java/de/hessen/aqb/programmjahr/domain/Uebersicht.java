package de.hessen.aqb.programmjahr.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** The budget overview of one programme year: a line per body and their sum, deadlines, overdue tasks, incidents. */
public record Uebersicht(int jahr, List<Integer> jahre, long landesbudgetCent, List<Budgetzeile> zeilen, Budgetzeile summe,
                         List<Frist> fristen, List<Frist> ueberfaellig, List<Stoerung> stoerungen) {

  /** An open task with a due date in a case of the year. */
  public record Frist(String foerderfallNummer, String kreisschluessel, String aufgabe, LocalDate faellig) {}

  /** An open incident (a failed job) in a case of the year. */
  public record Stoerung(String foerderfallNummer, String kreisschluessel, String schritt, String meldung) {}

  /** The same overview reduced to the bodies a reader may see (a body's clerk: its own line only). */
  public Uebersicht nur(Predicate<String> kreisschluesselSichtbar) {
    List<Budgetzeile> z = zeilen.stream().filter(l -> kreisschluesselSichtbar.test(l.kreisschluessel())).toList();
    return new Uebersicht(jahr, jahre, landesbudgetCent, z, Budgetzeile.summe(z),
        fristen.stream().filter(f -> kreisschluesselSichtbar.test(f.kreisschluessel())).toList(),
        ueberfaellig.stream().filter(f -> kreisschluesselSichtbar.test(f.kreisschluessel())).toList(),
        stoerungen.stream().filter(s -> kreisschluesselSichtbar.test(s.kreisschluessel())).toList());
  }
}
