package de.hessen.aqb.durchfuehrung.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * A checked Mittelabruf: the amounts per measure in cents (only measures with an amount), the day until which the
 * money is needed, what it pays for and how the money paid earlier was used.
 */
public record Mittelabruf(Map<String, Long> betraegeCent, LocalDate bedarfBis, String verwendungszweck,
    String verwendungBisher) {

  public long summeCent() {
    return betraegeCent.values().stream().mapToLong(Long::longValue).sum();
  }
}
