package de.hessen.aqb.nachweis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the body's task: due at the end of the given day, reminded {@code erinnerungVorher} earlier (never in the
 * past); "today" from the application's one clock.
 */
@Component
public class NachweisFristen {

  private final NachweisEigenschaften eigenschaften;
  private final Clock uhr;

  NachweisFristen(NachweisEigenschaften eigenschaften, Clock uhr) {
    this.eigenschaften = eigenschaften;
    this.uhr = uhr;
  }

  public LocalDateTime faelligAm(LocalDate frist) {
    return frist.atTime(LocalTime.of(23, 59));
  }

  /**
   * The reminder: {@code erinnerungVorher} before the deadline; when that has passed already (short Nachforderung, late
   * start), one hour from now, so the reminder is still sent once and not at the same moment as the escalation.
   */
  public LocalDateTime erinnerungAm(LocalDate frist) {
    LocalDateTime erinnerung = faelligAm(frist).minus(eigenschaften.erinnerungVorher());
    LocalDateTime fruehestens = LocalDateTime.now(uhr).plusHours(1);
    return erinnerung.isBefore(fruehestens) ? fruehestens : erinnerung;
  }

  public LocalDate heute() {
    return LocalDate.now(uhr);
  }

  /** The day a Rückforderung issued today is due. */
  public LocalDate rueckforderungFaellig(LocalDate bescheidDatum) {
    return bescheidDatum.plus(eigenschaften.zahlungsfrist());
  }
}
