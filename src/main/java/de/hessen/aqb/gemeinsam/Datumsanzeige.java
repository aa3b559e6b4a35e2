package de.hessen.aqb.gemeinsam;

import java.time.format.DateTimeFormatter;

/** How dates are shown to clerks in the later stages' forms, lists, messages and mails: "01.02.2026". */
public final class Datumsanzeige {

  public static final DateTimeFormatter TT_MM_JJJJ = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private Datumsanzeige() {}
}
