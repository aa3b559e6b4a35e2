package de.hessen.aqb.eingabe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of the engine API (Tasklist's {@code /camunda/api/engine} and {@code /engine-rest}): a completion
 * or start is checked against its {@link Eingabevertrag}; any other writing call is allowed only to operators
 * ({@link Schreibrechte}). A refusal is HTTP 400 or 403 with a German message, before the engine is called, so nothing
 * changes.
 */
class EingabeTor extends OncePerRequestFilter {

  static final long MAX_ANFRAGE_BYTES = 25L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENGINE_PFAD = Pattern.compile("^(?:/camunda/api/engine|/engine-rest)(?:/engine/[^/]+)?/(.*)$");
  private static final Set<String> START_SCHLUESSEL = Set.of("variables", "businessKey", "withVariablesInReturn");
  private static final Set<String> ABSCHLUSS_SCHLUESSEL = Set.of("variables", "withVariablesInReturn");

  private final EngineAuskunft engine;
  private final Eingabevertraege vertraege;

  EingabeTor(EngineAuskunft engine, Eingabevertraege vertraege) {
    this.engine = engine;
    this.vertraege = vertraege;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher pfad = ENGINE_PFAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!pfad.matches()) {
      chain.doFilter(request, response);
      return;
    }
    String rest = pfad.group(1).replaceAll("/+$", "");
    Schreibrechte.Art art = Schreibrechte.von(request.getMethod(), rest);
    if (art == Schreibrechte.Art.ERLAUBT) {
      chain.doFilter(request, response);
      return;
    }
    EngineAuskunft.Benutzer benutzer = engine.angemeldet(request);
    if (benutzer == null) {
      chain.doFilter(request, response); // the engine's own authentication answers
      return;
    }
    if (art == Schreibrechte.Art.VERBOTEN) {
      if (benutzer.betrieb()) {
        chain.doFilter(request, response);
      } else {
        verweigere(response, 403, "Schreibschutz", "Diese Änderung ist über die Programmierschnittstelle nur dem Betrieb "
            + "erlaubt. Bitte die Aufgabe in der Tasklist bearbeiten. Es wurde nichts geändert.");
      }
      return;
    }
    if (request.getContentLengthLong() > MAX_ANFRAGE_BYTES) {
      verweigere(response, 413, "UngueltigeEingabe", "Die Eingabe ist zu groß (höchstens 25 MB). Es wurde nichts geändert.");
      return;
    }
    GepufferteAnfrage gepuffert = new GepufferteAnfrage(request, MAX_ANFRAGE_BYTES);
    if (gepuffert.zuGross()) {
      verweigere(response, 413, "UngueltigeEingabe", "Die Eingabe ist zu groß (höchstens 25 MB). Es wurde nichts geändert.");
      return;
    }
    List<String> fehler = art == Schreibrechte.Art.ABSCHLUSS ? pruefeAbschluss(rest, gepuffert.inhalt(), benutzer)
        : pruefeStart(rest, gepuffert.inhalt());
    if (fehler == null || fehler.isEmpty()) {
      chain.doFilter(gepuffert, response);
    } else {
      verweigere(response, 400, "UngueltigeEingabe", String.join(" ", fehler) + " Es wurde nichts geändert.");
    }
  }

  /** null: not ours to judge (task not visible to the user) — the engine answers. */
  private List<String> pruefeAbschluss(String pfad, byte[] inhalt, EngineAuskunft.Benutzer benutzer) {
    String taskId = pfad.split("/")[1];
    EngineAuskunft.Aufgabe aufgabe = engine.aufgabe(taskId, benutzer);
    if (aufgabe == null) {
      return null;
    }
    Eingabevertrag vertrag = vertraege.fuerAufgabe(aufgabe.prozess(), aufgabe.schluessel())
        .orElse(Eingabevertrag.fuerAufgabe(aufgabe.prozess(), aufgabe.schluessel())); // no contract: no variables
    return pruefe(vertrag, inhalt, ABSCHLUSS_SCHLUESSEL, name -> engine.aufgabenVariable(taskId, name));
  }

  private List<String> pruefeStart(String pfad, byte[] inhalt) {
    String[] teile = pfad.split("/");
    String prozess = "key".equals(teile[1]) ? teile[2] : engine.prozessSchluessel(teile[1]);
    return prozess == null ? null
        : pruefe(vertraege.fuerStart(prozess).orElse(Eingabevertrag.fuerStart(prozess)), inhalt, START_SCHLUESSEL, name -> null);
  }

  private static List<String> pruefe(Eingabevertrag vertrag, byte[] inhalt, Set<String> erlaubteSchluessel,
      Function<String, Object> aktuell) {
    try {
      return Eingabepruefung.pruefe(vertrag, variablen(inhalt, erlaubteSchluessel), aktuell);
    } catch (UngueltigeAnfrage e) {
      return List.of(e.getMessage());
    }
  }

  private static Map<String, JsonNode> variablen(byte[] inhalt, Set<String> erlaubteSchluessel) {
    Map<String, JsonNode> variablen = new LinkedHashMap<>();
    if (inhalt.length == 0) {
      return variablen;
    }
    JsonNode koerper;
    try {
      koerper = JSON.readTree(inhalt);
    } catch (IOException e) {
      throw new UngueltigeAnfrage("Die Eingabe ist kein gültiges JSON.");
    }
    if (koerper == null || koerper.isNull()) {
      return variablen;
    }
    if (!koerper.isObject()) {
      throw new UngueltigeAnfrage("Die Eingabe ist kein gültiges JSON-Objekt.");
    }
    for (var it = koerper.fieldNames(); it.hasNext(); ) {
      String schluessel = it.next();
      JsonNode wert = koerper.get(schluessel);
      boolean leer = wert == null || wert.isNull() || (wert.isTextual() && wert.asText().isEmpty());
      if (!erlaubteSchluessel.contains(schluessel) && !leer) {
        throw new UngueltigeAnfrage("Die Angabe „" + schluessel + "“ ist hier nicht erlaubt.");
      }
      if ("businessKey".equals(schluessel) && !leer) {
        throw new UngueltigeAnfrage("Das Aktenzeichen (Business Key) vergibt das System selbst; bitte leer lassen.");
      }
    }
    JsonNode liste = koerper.get("variables");
    if (liste != null && !liste.isNull()) {
      if (!liste.isObject()) {
        throw new UngueltigeAnfrage("„variables“ muss ein JSON-Objekt sein.");
      }
      liste.fields().forEachRemaining(e -> variablen.put(e.getKey(), e.getValue()));
    }
    return variablen;
  }

  private static void verweigere(HttpServletResponse response, int status, String typ, String meldung) throws IOException {
    ObjectNode fehler = JSON.createObjectNode();
    fehler.put("type", typ);
    fehler.put("message", meldung);
    fehler.putNull("code");
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(fehler));
  }

  static final class UngueltigeAnfrage extends RuntimeException {
    UngueltigeAnfrage(String meldung) {
      super(meldung);
    }
  }
}
