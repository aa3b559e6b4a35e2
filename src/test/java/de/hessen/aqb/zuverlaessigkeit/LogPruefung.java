package de.hessen.aqb.zuverlaessigkeit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Looks through the logs of a test run for what must never be logged (issue 14, point 4): a password of the test or
 * demo users, an HTTP {@code Authorization} header, or a mail address (personal data; user ids are fine). The test mail
 * server's own log (GreenMail, logger {@code com.icegreen}) names its test accounts and is not the application's.
 */
final class LogPruefung {

  /** The passwords the test and demo configurations use (application-test.yml, Anmeldung, application-demo.yml). */
  static final List<String> PASSWOERTER = List.of("Test-Passwort-1", "test-Admin-Passwort-2026");

  private static final Pattern MAILADRESSE = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern AUTORISIERUNG = Pattern.compile("(?i)authorization\\s*[:=]\\s*(basic|bearer)\\s+\\S+");
  private static final Pattern DEMO_PASSWORT = Pattern.compile("(?i)(passwor[dt])\\s*[:=]\\s*\"?demo\\b");

  private LogPruefung() {}

  /** The findings in the lines of one log, each as "name:line: reason". */
  static List<String> funde(String name, List<String> zeilen) {
    List<String> funde = new ArrayList<>();
    boolean greenMail = false;
    for (int i = 0; i < zeilen.size(); i++) {
      String zeile = zeilen.get(i);
      if (zeile.contains(" level=")) {
        // a new log record: GreenMail's own records (and their continuation lines) are the test server's, not ours
        greenMail = zeile.contains("logger=com.icegreen");
      }
      if (greenMail) {
        continue;
      }
      String ort = name + ":" + (i + 1) + ": ";
      for (String passwort : PASSWOERTER) {
        if (zeile.contains(passwort)) {
          funde.add(ort + "Passwort im Log");
        }
      }
      if (DEMO_PASSWORT.matcher(zeile).find()) {
        funde.add(ort + "Demo-Passwort im Log");
      }
      if (AUTORISIERUNG.matcher(zeile).find()) {
        funde.add(ort + "Authorization-Header im Log");
      }
      var mail = MAILADRESSE.matcher(zeile);
      if (mail.find()) {
        funde.add(ort + "Mailadresse im Log (" + mail.group().replaceAll("^[^@]{0,3}", "…") + ")");
      }
    }
    return funde;
  }

  /** The findings in a log file (read leniently: a log may hold bytes of other encodings). */
  static List<String> funde(Path datei) {
    try {
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      String text = decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(datei))).toString();
      return funde(datei.getFileName().toString(), text.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
