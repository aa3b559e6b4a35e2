package de.hessen.aqb.zuverlaessigkeit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The two-replica variant of docker-compose (issue 14 item 7, ADR 25) as an operator would start it: two application
 * nodes on one PostgreSQL database behind a load balancer that pins browser sessions with the cookie {@code aqb_knoten}
 * (Camunda's webapp sessions live in a node's memory), health checks everywhere, the second node starting after the
 * first. The behaviour of two nodes itself is proved by {@code .ci/zwei-knoten/run} in {@code .ci/run}.
 */
class ZweiKnotenComposeTest {

  private static final Path DATEI = Path.of("docker-compose.zwei-knoten.yml");

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> dienste() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DATEI));
    return (Map<String, Map<String, Object>>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> teil(Map<String, Object> dienst, String schluessel) {
    Object wert = dienst.get(schluessel);
    return wert instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, Map<String, Object>> anwendungsknoten(Map<String, Map<String, Object>> dienste) {
    return dienste.entrySet().stream().filter(e -> ".".equals(e.getValue().get("build")))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Test
  void zweiKnotenTeilenSichEineDatenbank() throws IOException {
    var dienste = dienste();
    var knoten = anwendungsknoten(dienste);
    assertThat(knoten).as("Anwendungsknoten (build: .)").hasSize(2);
    var urls = knoten.values().stream().map(k -> String.valueOf(teil(k, "environment").get("AQB_DB_URL"))).distinct().toList();
    assertThat(urls).as("eine Datenbank für beide Knoten").hasSize(1);
    String datenbankDienst = urls.get(0).replaceFirst("^jdbc:postgresql://([^:/]+).*$", "$1");
    assertThat(dienste).containsKey(datenbankDienst);
    assertThat(String.valueOf(dienste.get(datenbankDienst).get("image"))).startsWith("postgres:");
    assertThat(knoten.values()).allSatisfy(k -> {
      assertThat(String.valueOf(teil(k, "environment").get("SPRING_PROFILES_ACTIVE"))).contains("postgres");
      assertThat(String.valueOf(teil(k, "environment").get("AQB_ADMIN_PASSWORD"))).as("kein Passwort in der Datei")
          .startsWith("${AQB_ADMIN_PASSWORD:?");
    });
    var hostnamen = knoten.values().stream()
        .map(k -> String.valueOf(teil(k, "environment").get("CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME"))).toList();
    assertThat(hostnamen).as("jeder Knoten nennt sich im Job-Protokoll anders").doesNotHaveDuplicates().doesNotContain("null");
  }

  @Test
  void derLastverteilerHaeltSitzungenMitDemCookieAqbKnotenFest() throws IOException {
    var dienste = dienste();
    var knoten = anwendungsknoten(dienste);
    assertThat(knoten.values()).allSatisfy(k -> {
      Map<String, Object> labels = teil(k, "labels");
      assertThat(labels).containsEntry("traefik.enable", "true")
          .containsEntry("traefik.http.services.aqb.loadbalancer.sticky.cookie", "true")
          .containsEntry("traefik.http.services.aqb.loadbalancer.sticky.cookie.name", "aqb_knoten")
          .containsEntry("traefik.http.services.aqb.loadbalancer.healthcheck.path", "/actuator/health/readiness")
          .containsEntry("traefik.http.services.aqb.loadbalancer.server.port", "8080");
    });
    var verteiler = dienste.values().stream().filter(d -> String.valueOf(d.get("image")).startsWith("traefik:")).toList();
    assertThat(verteiler).hasSize(1);
    assertThat((List<?>) verteiler.get(0).get("ports")).anySatisfy(p -> assertThat(String.valueOf(p)).startsWith("8080:"));
    assertThat(knoten.values()).as("nur der Lastverteiler ist von außen erreichbar").allSatisfy(k -> assertThat(k).doesNotContainKey("ports"));
  }

  @Test
  void jederDienstHatEineGesundheitspruefungUndDerZweiteKnotenStartetNachDemErsten() throws IOException {
    var dienste = dienste();
    assertThat(dienste.values()).allSatisfy(d -> assertThat(teil(d, "healthcheck")).containsKey("test"));
    var knoten = anwendungsknoten(dienste);
    assertThat(knoten.values()).allSatisfy(k ->
        assertThat(String.valueOf(teil(k, "healthcheck").get("test"))).contains("/actuator/health/readiness"));
    long nachEinemKnoten = knoten.values().stream().filter(k -> knoten.keySet().stream().anyMatch(anderer ->
        teil(teil(k, "depends_on"), anderer).getOrDefault("condition", "").equals("service_healthy"))).count();
    assertThat(nachEinemKnoten).as("ein Knoten wartet, bis der andere gesund ist (Schema nur einmal anlegen)").isEqualTo(1);
  }
}
