package de.hessen.aqb.zuverlaessigkeit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The log scanner of {@link TestlaufLogTest} finds what it must and passes what may be logged. */
class LogPruefungTest {

  @Test
  void findetPasswoerterHeaderUndMailadressen() {
    List<String> funde = LogPruefung.funde("log", List.of(
        "2026-12-01T10:00:00 level=INFO logger=de.hessen.aqb.identity msg=\"Anmeldung mit Test-Passwort-1\"",
        "2026-12-01T10:00:01 level=WARN logger=org.springframework msg=\"Authorization: Basic YWRtaW46YWRtaW4=\"",
        "2026-12-01T10:00:02 level=INFO logger=de.hessen.aqb.mail msg=\"an zv.06414.sachbearbeitung@example.org\"",
        "\tat de.hessen.aqb.X(X.java:1) password=demo",
        "2026-12-01T10:00:03 level=INFO logger=de.hessen.aqb.identity msg=\"admin passwort test-Admin-Passwort-2026\""));
    assertThat(funde).containsExactly("log:1: Passwort im Log", "log:2: Authorization-Header im Log",
        "log:3: Mailadresse im Log (…06414.sachbearbeitung@example.org)", "log:4: Demo-Passwort im Log", "log:5: Passwort im Log");
  }

  @Test
  void laesstBenutzerIdsZaehlerUndDenTestmailserverDurch() {
    assertThat(LogPruefung.funde("log", List.of(
        "2026-12-01T10:00:00 level=INFO logger=de.hessen.aqb.mail msg=\"Mail versendet vorlage=bescheid empfaenger=2 anhaenge=1\"",
        "2026-12-01T10:00:01 level=INFO logger=de.hessen.aqb.identity msg=\"Benutzer ab.06414.sachbearbeitung angelegt\"",
        "2026-12-01T10:00:02 level=INFO logger=com.icegreen.greenmail.user.UserManager msg=\"Created user login a@example.org\"",
        "\tcontinued a@example.org Test-Passwort-1",
        "2026-12-01T10:00:03 level=INFO logger=de.hessen.aqb.demo msg=\"Demo-Programmjahr 2025: 26 Förderfälle\"",
        "Der Wert des Feldes „Passwort“ fehlt. Bitte AQB_ADMIN_PASSWORD setzen."))).isEmpty();
  }
}
