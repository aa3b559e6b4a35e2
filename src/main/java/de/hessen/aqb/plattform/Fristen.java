package de.hessen.aqb.plattform;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Configurable deadlines, used in the models as {@code ${fristen.faellig('zv-pruefung')}} (due date of a
 * user task) and {@code ${fristen.erinnerung('zv-pruefung')}} (timer cycle of its reminder).
 */
@Component("fristen")
public class Fristen {

  /** aqb.fristen.*: durations until a task is due, reminder cycles per task kind. */
  @ConfigurationProperties("aqb.fristen")
  public record Eigenschaften(Map<String, Duration> faelligkeit, Map<String, String> erinnerung) {}

  private final Eigenschaften eigenschaften;
  private final Clock uhr;

  Fristen(Eigenschaften eigenschaften, Clock uhr) {
    this.eigenschaften = eigenschaften;
    this.uhr = uhr;
  }

  public Date faellig(String aufgabe) {
    Duration dauer = eigenschaften.faelligkeit().get(aufgabe);
    if (dauer == null) {
      throw new IllegalStateException("Keine Frist konfiguriert: aqb.fristen.faelligkeit." + aufgabe);
    }
    return Date.from(uhr.instant().plus(dauer));
  }

  public String erinnerung(String aufgabe) {
    String zyklus = eigenschaften.erinnerung().get(aufgabe);
    if (zyklus == null) {
      throw new IllegalStateException("Kein Erinnerungszyklus konfiguriert: aqb.fristen.erinnerung." + aufgabe);
    }
    return zyklus;
  }
}
