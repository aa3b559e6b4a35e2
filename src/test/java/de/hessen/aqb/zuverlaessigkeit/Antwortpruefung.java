package de.hessen.aqb.zuverlaessigkeit;

import java.util.List;
import java.util.regex.Pattern;

/** What every refusal through an API must look like: one German text, no engine text, class names, SQL or constraint names. */
final class Antwortpruefung {

  private static final Pattern DEUTSCH = Pattern.compile("(?s).*([äöüÄÖÜß„]|\\b(nicht|bitte|Bitte|der|die|das|Die|Der|Das|ist|und)\\b).*");
  private static final List<String> VERRAETERISCH = List.of("ENGINE-", "Exception", "exception", "java.", "org.", "com.",
      "SQL", "sql", "constraint", "CONSTRAINT", "ACT_", "aqb_", "AQB_", "Overflow", "Cannot ", "null", "Jackson", "Spin",
      "at line", "stack", "NullPointer", "commons");

  private Antwortpruefung() {}

  /** null if the message is a clean German sentence, else what is wrong with it. */
  static String mangel(String meldung) {
    if (meldung == null || meldung.isBlank()) {
      return "keine Meldung";
    }
    if (!DEUTSCH.matcher(meldung).matches()) {
      return "nicht deutsch: " + meldung;
    }
    for (String wort : VERRAETERISCH) {
      if (meldung.contains(wort)) {
        return "enthält „" + wort + "“: " + meldung;
      }
    }
    return null;
  }
}
