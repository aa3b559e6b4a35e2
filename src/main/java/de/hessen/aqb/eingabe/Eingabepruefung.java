package de.hessen.aqb.eingabe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the variables of one completion or start (as the REST API receives them: name → {value, type, valueInfo})
 * against a contract. Plain Java: knows nothing of HTTP or the engine. Returns every German message at once; empty
 * means accepted.
 */
public final class Eingabepruefung {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+([+-][0-9:]+|Z)?)?");
  private static final Pattern GANZZAHL = Pattern.compile("-?\\d{1,10}");
  private static final int MAX_LISTE_ZEICHEN = 1_000_000;
  /** Names, ids, amounts, dates and choices in a list entry: short (a measure's name is printed in the Bescheid). */
  private static final int KURZER_TEXT = 500;
  private static final java.util.Set<String> KURZE_LISTENFELDER = java.util.Set.of("id", "name", "massnahmenart", "art", "traeger",
      "traegerName", "beginn", "ende", "plaetze", "kosten", "foerderung", "eigenmittel", "drittmittel", "hj1", "hj2", "hj3", "hj4",
      "entfaellt", "zweckbindung", "betrag", "bewilligt", "ausgaben", "einnahmen", "zeile", "grund", "zustaendig", "faelligAm",
      "teilnehmendeErreicht");
  /** The value types forms send; anything else (Object, Bytes, Xml, Java serialization) is refused. */
  private static final java.util.Set<String> TYPEN = java.util.Set.of("", "string", "json", "long", "integer", "short",
      "double", "boolean", "date", "file", "null");

  private Eingabepruefung() {}

  /**
   * @param variablen the submitted variables
   * @param aktuell the value the process holds now for a name (null if none), for read-only fields
   */
  public static List<String> pruefe(Eingabevertrag vertrag, Map<String, JsonNode> variablen, Function<String, Object> aktuell) {
    List<String> fehler = new ArrayList<>();
    for (Map.Entry<String, JsonNode> eintrag : variablen.entrySet()) {
      String name = eintrag.getKey();
      Feld feld = vertrag.felder().get(name);
      if (feld == null) {
        fehler.add("Das Feld „" + kurz(name) + "“ gehört nicht zu dieser Aufgabe und wird nicht angenommen.");
        continue;
      }
      JsonNode variable = eintrag.getValue();
      JsonNode wert = variable == null ? null : variable.get("value");
      String typ = variable == null || !variable.hasNonNull("type") ? "" : variable.get("type").asText();
      if (variable != null && !variable.isObject()) {
        fehler.add("Das Feld „" + kurz(name) + "“ ist nicht im erwarteten Format übermittelt worden.");
        continue;
      }
      if (!TYPEN.contains(typ.toLowerCase(java.util.Locale.ROOT))) {
        fehler.add("Das Feld „" + kurz(name) + "“ hat einen nicht zugelassenen Datentyp („" + kurz(typ) + "“).");
        continue;
      }
      String meldung = pruefeFeld(feld, typ, wert, variable, aktuell);
      if (meldung != null) {
        fehler.add(meldung);
      }
    }
    return fehler;
  }

  private static String pruefeFeld(Feld feld, String typ, JsonNode wert, JsonNode variable, Function<String, Object> aktuell) {
    String name = feld.name();
    if (feld.art() == Feld.Art.ANZEIGE) {
      return AnzeigeVergleich.gleich(wert, aktuell.apply(name)) ? null
          : "Das Feld „" + name + "“ wird nur angezeigt und kann in dieser Aufgabe nicht geändert werden.";
    }
    if (feld.art() == Feld.Art.DATEI) {
      return Dateipruefung.pruefe(feld, typ, wert, variable);
    }
    if (wert == null || wert.isNull() || (wert.isTextual() && wert.asText().isEmpty())) {
      return null; // empty: whether it is required is the stage's rule
    }
    switch (feld.art()) {
      case TEXT -> {
        if (!wert.isTextual()) {
          return "Das Feld „" + name + "“ erwartet einen Text.";
        }
        if (wert.asText().length() > feld.maxLaenge()) {
          return "Das Feld „" + name + "“ ist zu lang: höchstens " + feld.maxLaenge() + " Zeichen, eingegeben "
              + wert.asText().length() + ".";
        }
      }
      case BETRAG -> {
        try {
          BigDecimal betrag = wert.isNumber() ? wert.decimalValue() : wert.isTextual() && wert.asText().length() <= feld.maxLaenge()
              ? Geld.euro(wert.asText(), name) : null;
          if (betrag == null) {
            return "Das Feld „" + name + "“ erwartet einen Betrag in Euro.";
          }
          if (betrag.abs().compareTo(BigDecimal.valueOf(Geld.HOECHSTBETRAG_CENT, 2)) > 0) {
            return "Der Betrag im Feld „" + name + "“ ist zu groß: höchstens " + Geld.alsWaehrung(Geld.HOECHSTBETRAG_CENT) + ".";
          }
        } catch (UngueltigeEingabe e) {
          return e.getMessage();
        }
      }
      case DATUM -> {
        if (!(wert.isTextual() && DATUM.matcher(wert.asText()).matches()) && !(wert.isNumber() && "Date".equals(typ))) {
          return "Das Feld „" + name + "“ erwartet ein Datum (JJJJ-MM-TT).";
        }
      }
      case GANZZAHL -> {
        if (!(wert.isIntegralNumber() && wert.canConvertToInt()) && !(wert.isTextual() && GANZZAHL.matcher(wert.asText()).matches())) {
          return "Das Feld „" + name + "“ erwartet eine ganze Zahl.";
        }
      }
      case WAHRHEITSWERT -> {
        if (!wert.isBoolean() && !(wert.isTextual() && (wert.asText().equals("true") || wert.asText().equals("false")))) {
          return "Das Feld „" + name + "“ erwartet ja oder nein.";
        }
      }
      case AUSWAHL -> {
        if (!wert.isTextual() || !feld.werte().contains(wert.asText())) {
          return "Im Feld „" + name + "“ ist „" + kurz(wert.asText()) + "“ keine der angebotenen Möglichkeiten.";
        }
      }
      case LISTE -> {
        return pruefeListe(feld, wert);
      }
      default -> throw new IllegalStateException(feld.art().name());
    }
    return null;
  }

  private static String pruefeListe(Feld feld, JsonNode wert) {
    String name = feld.name();
    JsonNode liste = wert;
    if (wert.isTextual()) {
      if (wert.asText().length() > MAX_LISTE_ZEICHEN) {
        return "Die Liste „" + name + "“ ist zu groß.";
      }
      try {
        liste = JSON.readTree(wert.asText());
      } catch (Exception e) {
        return "Die Liste „" + name + "“ ist keine gültige Liste (JSON).";
      }
    }
    if (liste == null || !liste.isArray()) {
      return "Das Feld „" + name + "“ erwartet eine Liste.";
    }
    if (liste.size() > feld.maxLaenge()) {
      return "Die Liste „" + name + "“ hat " + liste.size() + " Einträge, höchstens " + feld.maxLaenge() + " sind möglich.";
    }
    int nummer = 0;
    for (JsonNode eintrag : liste) {
      nummer++;
      if (!eintrag.isObject()) {
        return "Eintrag " + nummer + " der Liste „" + name + "“ ist kein Datensatz.";
      }
      for (Iterator<String> it = eintrag.fieldNames(); it.hasNext(); ) {
        String schluessel = it.next();
        if (!feld.werte().contains(schluessel)) {
          return "Eintrag " + nummer + " der Liste „" + name + "“ enthält das Feld „" + kurz(schluessel)
              + "“, das in dieser Aufgabe nicht geändert werden kann.";
        }
        JsonNode inhalt = eintrag.get(schluessel);
        int laenge = inhalt.isTextual() ? inhalt.asText().length() : inhalt.isContainerNode() ? inhalt.toString().length() : 0;
        int hoechstens = KURZE_LISTENFELDER.contains(schluessel) ? KURZER_TEXT : Feld.LANGER_TEXT;
        if (laenge > hoechstens) {
          return "Eintrag " + nummer + " der Liste „" + name + "“: „" + schluessel + "“ ist zu lang (höchstens " + hoechstens
              + " Zeichen, eingegeben " + laenge + ").";
        }
      }
    }
    return null;
  }

  static String kurz(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
