package de.hessen.aqb.eingabe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** The checks of an uploaded file (a {@link Feld.Art#DATEI} field): size, name, MIME type and its first bytes. */
final class Dateipruefung {

  /** A file name as it is stored and later sent in Content-Disposition: no quotes, slashes, control characters. */
  private static final Pattern SICHERER_DATEINAME = Pattern.compile("[^\\p{Cntrl}\"/\\\\<>:*?|]*");

  private Dateipruefung() {}

  static String pruefe(Feld feld, String typ, JsonNode wert, JsonNode variable) {
    String name = feld.name();
    if (wert == null || wert.isNull() || (wert.isTextual() && wert.asText().isEmpty())) {
      return null;
    }
    if (!"File".equalsIgnoreCase(typ) || !wert.isTextual()) {
      return "Das Feld „" + name + "“ erwartet eine Datei.";
    }
    long bytes = wert.asText().length() * 3L / 4;
    if (bytes > feld.maxLaenge() * 1024L) {
      return "Die Datei im Feld „" + name + "“ ist zu groß: höchstens " + feld.maxLaenge() / 1024 + " MB.";
    }
    JsonNode info = variable.get("valueInfo");
    String dateiname = info == null || !info.hasNonNull("filename") ? "" : info.get("filename").asText();
    if (dateiname.length() > 255) {
      return "Der Dateiname im Feld „" + name + "“ ist zu lang (höchstens 255 Zeichen).";
    }
    if (!SICHERER_DATEINAME.matcher(dateiname).matches()) {
      return "Der Dateiname im Feld „" + name + "“ enthält unzulässige Zeichen (Anführungszeichen, Schrägstriche, Steuerzeichen).";
    }
    String mimeTyp = info == null || !info.hasNonNull("mimeType") ? null : info.get("mimeType").asText();
    if (Dateityp.gefaehrlicherMimeTyp(mimeTyp) || (mimeTyp != null && mimeTyp.length() > 200)) {
      return "Die Datei im Feld „" + name + "“ hat einen nicht zugelassenen Typ („" + Eingabepruefung.kurz(mimeTyp) + "“).";
    }
    byte[] anfang;
    try {
      String text = wert.asText();
      String stueck = text.substring(0, Math.min(text.length(), 6000)).replaceAll("\\s", "");
      anfang = java.util.Base64.getDecoder().decode(text.length() <= 6000 ? stueck : stueck.substring(0, stueck.length() - stueck.length() % 4));
    } catch (IllegalArgumentException e) {
      return "Die Datei im Feld „" + name + "“ ist nicht lesbar übermittelt worden (kein Base64).";
    }
    if (anfang.length == 0) {
      return "Die Datei im Feld „" + name + "“ ist leer.";
    }
    if (feld.werte().stream().map(Dateityp::valueOf).noneMatch(t -> t.erkennt(anfang))) {
      return "Die Datei im Feld „" + name + "“ ist keine zugelassene Datei; erlaubt: " + feld.werte().stream()
          .map(Dateityp::valueOf).sorted().map(Dateityp::bezeichnung).collect(java.util.stream.Collectors.joining(", ")) + ".";
    }
    return null;
  }
}
