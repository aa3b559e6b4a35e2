package de.hessen.aqb.altvereinbarung.web;

import de.hessen.aqb.altvereinbarung.Altvereinbarung;
import de.hessen.aqb.altvereinbarung.Altvereinbarungen;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/altvereinbarungen/{Kreisschlüssel}}: a body's imported agreements of earlier years (its history
 * before the system), each marked "übernommen". The ministry and the RP Kassel see every body's, a body's clerk only
 * its own; anyone else gets the same German 404 as for an unknown body.
 */
@RestController
class HistorieApi {

  private final Altvereinbarungen altvereinbarungen;
  private final IdentityService identitaet;

  HistorieApi(Altvereinbarungen altvereinbarungen, IdentityService identitaet) {
    this.altvereinbarungen = altvereinbarungen;
    this.identitaet = identitaet;
  }

  @GetMapping(path = "/api/altvereinbarungen/{kreisschluessel}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> historie(@PathVariable String kreisschluessel) {
    Authentication wer = identitaet.getCurrentAuthentication();
    if (wer == null || wer.getUserId() == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Bitte melden Sie sich an."));
    }
    List<String> gruppen = wer.getGroupIds() == null ? List.of() : wer.getGroupIds();
    if (!gruppen.contains(Gruppen.HMSI) && !gruppen.contains(Gruppen.RP_KASSEL)
        && !gruppen.contains(Gebietskoerperschaft.gruppenIdFuer(kreisschluessel))) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
          "Zur Gebietskörperschaft " + kreisschluessel + " gibt es keine Vereinbarungen, die Sie lesen dürfen."));
    }
    return ResponseEntity.ok(altvereinbarungen.vonKoerperschaft(kreisschluessel).stream().map(HistorieApi::zeile).toList());
  }

  private static Map<String, Object> zeile(Altvereinbarung a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jahr", a.jahr());
    m.put("partner", a.partner());
    m.put("kreisschluessel", a.kreisschluessel());
    m.put("status", "übernommen (nicht im System unterzeichnet)");
    m.put("budgetCent", a.budgetCent());
    m.put("massnahmen", a.massnahmen());
    m.put("unterzeichnungen", a.unterzeichnungen().stream().map(u -> {
      Map<String, Object> z = new LinkedHashMap<>();
      z.put("titel", u.titel());
      z.put("name", u.name());
      z.put("ort", u.ort());
      z.put("datum", u.datum() == null ? null : u.datum().toString());
      return z;
    }).toList());
    m.put("quelle", a.quelleName());
    m.put("uebernommenVon", a.uebernommenVon());
    m.put("uebernommenAm", a.uebernommenAm().toString());
    return m;
  }
}
