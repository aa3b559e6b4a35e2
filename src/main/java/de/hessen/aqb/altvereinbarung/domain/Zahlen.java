package de.hessen.aqb.altvereinbarung.domain;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as OCR reads them: in a token that is meant to be a number, O/o are 0, l/I/| are 1, S is 5, B is 8 and Z is
 * 2. Amounts ("2.812.460 Euro", "2.812.460,00 Euro") and dates ("6.8.2025", "11. 08. 2025", "20. Aug. 2025").
 */
final class Zahlen {

  static final Pattern BETRAG = Pattern.compile(
      "(?<![\\w.,])([\\dOolI|SB]{1,3}(?:[.\\s][\\dOolI|SB]{3})*(?:,[\\dOolI|SB]{2})?)\\s*(?:[EÉ][uUv][rmn][oO0]|EUR|€)");
  private static final Pattern DATUM = Pattern.compile("([\\dOolI|SB]{1,2})\\s*\\.\\s*([\\dOolI|SB]{1,2})\\s*\\.\\s*([\\dOolI|SBZ]{4})");
  private static final Pattern DATUM_MONAT = Pattern.compile("([\\dOolI|SB]{1,2})\\s*\\.\\s*([\\p{L}]{3,9})\\.?\\s*([\\dOolI|SBZ]{4})");
  private static final List<String> MONATE = List.of("januar", "februar", "maerz", "april", "mai", "juni", "juli", "august",
      "september", "oktober", "november", "dezember");

  private Zahlen() {}

  static String ziffern(String token) {
    StringBuilder s = new StringBuilder(token.length());
    for (char c : token.toCharArray()) {
      s.append(switch (c) {
        case 'O', 'o' -> '0';
        case 'l', 'I', '|' -> '1';
        case 'S' -> '5';
        case 'B' -> '8';
        case 'Z' -> '2';
        default -> c;
      });
    }
    return s.toString();
  }

  /** A year 2000–2099 read from an OCR token, if it is one. */
  static Optional<Integer> jahr(String token) {
    String z = ziffern(token);
    if (z.matches("20\\d\\d")) {
      return Optional.of(Integer.parseInt(z));
    }
    return Optional.empty();
  }

  /** The amount in cents of a match of {@link #BETRAG}. */
  static long cent(String betrag) {
    String z = ziffern(betrag).replaceAll("[.\\s]", "");
    String[] teile = z.split(",");
    long euro = Long.parseLong(teile[0]);
    return euro * 100 + (teile.length > 1 ? Long.parseLong(teile[1]) : 0);
  }

  /** The first date in the text, numeric or with a (possibly damaged) month name. */
  static Optional<LocalDate> datum(String text) {
    Matcher m = DATUM.matcher(text);
    try {
      if (m.find()) {
        return Optional.of(LocalDate.of(Integer.parseInt(ziffern(m.group(3))), Integer.parseInt(ziffern(m.group(2))),
            Integer.parseInt(ziffern(m.group(1)))));
      }
      m = DATUM_MONAT.matcher(text);
      if (m.find()) {
        int monat = monat(m.group(2));
        if (monat > 0) {
          return Optional.of(LocalDate.of(Integer.parseInt(ziffern(m.group(3))), monat, Integer.parseInt(ziffern(m.group(1)))));
        }
      }
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** 1–12 for a month name or its abbreviation ("Aug", "Sept"), 0 if none fits. */
  private static int monat(String wort) {
    String w = OcrAbgleich.falte(wort);
    for (int i = 0; i < MONATE.size(); i++) {
      String name = OcrAbgleich.falte(MONATE.get(i));
      if (w.length() >= 3 && (name.startsWith(w) || OcrAbgleich.aehnlichkeit(w, name) >= 0.8)) {
        return i + 1;
      }
    }
    return 0;
  }
}
