package de.hessen.aqb.programmjahr.web;

import de.hessen.aqb.gemeinsam.Datumsanzeige;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.programmjahr.domain.Budgetzeile;
import de.hessen.aqb.programmjahr.domain.Uebersicht;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /programmjahr/uebersicht?jahr=2027}: the budget overview as a page of the application under the webapps'
 * login (the Cockpit/Tasklist session), with the chart and the CSV/XLSX exports. Without a login: 401 and a link to it.
 */
@Controller
class UebersichtSeite {

  private final UebersichtAntworten antworten;

  UebersichtSeite(UebersichtAntworten antworten) {
    this.antworten = antworten;
  }

  @GetMapping("/programmjahr/uebersicht")
  String seite(@RequestParam(required = false) Integer jahr, HttpServletRequest anfrage, HttpServletResponse antwort, Model model) {
    Optional<UserAuthentication> wer = angemeldet(anfrage);
    if (wer.isEmpty()) {
      antwort.setStatus(401);
      return "programmjahr/anmelden";
    }
    Optional<Leserecht> leser = Leserecht.fuer(wer.get().getIdentityId(), wer.get().getGroupIds());
    if (leser.isEmpty()) {
      antwort.setStatus(403);
      return "programmjahr/anmelden";
    }
    Uebersicht u = antworten.fuer(leser.get(), jahr);
    model.addAttribute("u", u);
    model.addAttribute("benutzer", wer.get().getIdentityId());
    model.addAttribute("geld", new Anzeige());
    model.addAttribute("diagramm", UebersichtDiagramm.daten(u));
    return "programmjahr/uebersicht";
  }

  /** The same figures as JSON for the Cockpit plugin (which holds the webapps' session, not HTTP Basic). */
  @GetMapping("/programmjahr/uebersicht.json")
  ResponseEntity<?> json(@RequestParam(required = false) Integer jahr, HttpServletRequest anfrage) {
    return datei(jahr, anfrage, "json");
  }

  @GetMapping("/programmjahr/uebersicht.csv")
  ResponseEntity<?> csv(@RequestParam(required = false) Integer jahr, HttpServletRequest anfrage) {
    return datei(jahr, anfrage, "csv");
  }

  @GetMapping("/programmjahr/uebersicht.xlsx")
  ResponseEntity<?> xlsx(@RequestParam(required = false) Integer jahr, HttpServletRequest anfrage) {
    return datei(jahr, anfrage, "xlsx");
  }

  private ResponseEntity<?> datei(Integer jahr, HttpServletRequest anfrage, String format) {
    Optional<UserAuthentication> wer = angemeldet(anfrage);
    return antworten.antwort(wer.map(Authentication::getIdentityId),
        wer.flatMap(w -> Leserecht.fuer(w.getIdentityId(), w.getGroupIds())), jahr, format);
  }

  /** The user logged in to the webapps (Cockpit, Tasklist) in this session, for the default engine. */
  static Optional<UserAuthentication> angemeldet(HttpServletRequest anfrage) {
    HttpSession sitzung = anfrage.getSession(false);
    if (sitzung == null) {
      return Optional.empty();
    }
    Authentications alle = AuthenticationUtil.getAuthsFromSession(sitzung);
    Authentication a = alle == null ? null : alle.getAuthenticationForProcessEngine("default");
    return a instanceof UserAuthentication u ? Optional.of(u) : Optional.empty();
  }

  /** Formatting helpers for the template. */
  static final class Anzeige {
    public String euro(long cent) {
      return Geld.alsWaehrung(cent);
    }

    public String datum(java.time.LocalDate tag) {
      return tag == null ? "" : tag.format(Datumsanzeige.TT_MM_JJJJ);
    }

    public String rest(Budgetzeile z) {
      return Geld.alsWaehrung(z.restCent());
    }
  }
}
