package de.hessen.aqb.plattform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The error filter of the engine APIs turns the REST API's answer to the loser of a race (two nodes completing one task,
 * Camunda's optimistic locking) into a German 409 without engine text (issue 14 item 7; the two-node run in
 * {@code .ci/zwei-knoten/run} provokes the real race on PostgreSQL).
 */
class FehlermeldungFilterGleichzeitigTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void optimisticLockingWirdZu409MitDeutscherMeldung() throws Exception {
    MockHttpServletRequest anfrage = new MockHttpServletRequest("POST", "/engine-rest/task/4711/submit-form");
    anfrage.setRequestURI("/engine-rest/task/4711/submit-form");
    MockHttpServletResponse antwort = new MockHttpServletResponse();

    new FehlermeldungFilter.Filter().doFilter(anfrage, antwort, (req, res) -> {
      HttpServletResponse r = (HttpServletResponse) res;
      r.setStatus(500);
      r.setContentType("application/json");
      r.getOutputStream().write(("{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 Execution of "
          + "'DELETE TaskEntity[4711]' failed. Entity was updated by another transaction concurrently.\",\"code\":0}")
          .getBytes(StandardCharsets.UTF_8));
    });

    assertThat(antwort.getStatus()).isEqualTo(409);
    var body = JSON.readTree(antwort.getContentAsString(StandardCharsets.UTF_8));
    assertThat(body.path("type").asText()).isEqualTo("GleichzeitigGeaendert");
    assertThat(body.path("message").asText()).startsWith("Dieser Vorgang wurde gerade gleichzeitig")
        .doesNotContain("ENGINE", "Entity", "TaskEntity", "transaction");
  }

  @Test
  void eineErfolgreicheAntwortBleibtUnberuehrt() throws Exception {
    MockHttpServletRequest anfrage = new MockHttpServletRequest("POST", "/engine-rest/task/4711/complete");
    MockHttpServletResponse antwort = new MockHttpServletResponse();
    new FehlermeldungFilter.Filter().doFilter(anfrage, antwort, (req, res) -> ((HttpServletResponse) res).setStatus(204));
    assertThat(antwort.getStatus()).isEqualTo(204);
  }
}
