package de.hessen.aqb.antrag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/** Deadlines of the Antrag: when it is due, when to remind, which period measures may cover. */
@Component
public class AntragFristen {

  private final AntragEigenschaften eigenschaften;
  private final Clock uhr;

  AntragFristen(AntragEigenschaften eigenschaften, Clock uhr) {
    this.eigenschaften = eigenschaften;
    this.uhr = uhr;
  }

  /** End of the due day: the Stichtag of the programme year, or later by the minimum period when the stage starts late. */
  public LocalDateTime antragsfrist(int programmjahr) {
    LocalDate stichtag = eigenschaften.stichtag().atYear(programmjahr);
    LocalDate fruehestens = LocalDate.now(uhr).plus(eigenschaften.mindestfrist());
    LocalDate frist = stichtag.isBefore(fruehestens) ? fruehestens : stichtag;
    return frist.atTime(LocalTime.of(23, 59));
  }

  /** Today, from the application's one clock. */
  public LocalDate heute() {
    return LocalDate.now(uhr);
  }

  public LocalDateTime erinnerung(int programmjahr) {
    return antragsfrist(programmjahr).minus(eigenschaften.erinnerungVorher());
  }

  java.time.Duration erinnerungVorher() {
    return eigenschaften.erinnerungVorher();
  }

  public LocalDate zulaessigVon(int programmjahr) {
    return LocalDate.of(programmjahr, 1, 1);
  }

  public LocalDate zulaessigBis(int programmjahr) {
    return LocalDate.of(programmjahr + eigenschaften.laufzeitJahre() - 1, 12, 31);
  }
}
