package de.hessen.aqb.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.AqbApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** In production mode (no demo profile) the application refuses to start with a missing or default admin password. */
class ProduktionsstartTest {

  @ParameterizedTest
  @CsvSource(value = {"admin,Standardpasswort", "demo,Standardpasswort", "'',nicht gesetzt", "kurz-1,kürzer als"})
  void startVerweigertSchwachesAdminPasswort(String passwort, String grund) {
    SpringApplicationBuilder app = new SpringApplicationBuilder(AqbApplication.class)
        .web(org.springframework.boot.WebApplicationType.NONE)
        ;
    // command-line arguments, as an operator would pass them (they override application.yml)
    assertThatThrownBy(() -> app.run("--aqb.admin.benutzer=admin", "--aqb.admin.passwort=" + passwort,
            "--spring.datasource.url=jdbc:h2:mem:produktionsstart;DB_CLOSE_DELAY=-1",
            "--camunda.bpm.job-execution.enabled=false", "--management.health.mail.enabled=false"))
        .satisfies(fehler -> assertThat(kette(fehler)).contains("Start abgebrochen").contains(grund));
  }

  @Test
  void regelAkzeptiertEinStarkesPasswort() {
    assertThat(AdminPasswortRegel.pruefe("admin", "Kassel-Wiesbaden-2026!")).isNull();
    assertThat(AdminPasswortRegel.pruefe("admin", "ADMIN")).contains("Standardpasswort");
    assertThat(AdminPasswortRegel.pruefe("", "Kassel-Wiesbaden-2026!")).contains("AQB_ADMIN_USER");
  }

  private static String kette(Throwable fehler) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = fehler; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }
}
