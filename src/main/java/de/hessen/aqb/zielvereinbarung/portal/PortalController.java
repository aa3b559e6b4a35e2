package de.hessen.aqb.zielvereinbarung.portal;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Public, unauthenticated, read-only: the published Zielvereinbarungen for "Arbeitswelt Hessen" as a page,
 * as JSON and as PDF. Nothing here reads process data; see {@link Veroeffentlichungen}.
 */
@Controller
class PortalController {

  private final Veroeffentlichungen veroeffentlichungen;

  PortalController(Veroeffentlichungen veroeffentlichungen) {
    this.veroeffentlichungen = veroeffentlichungen;
  }

  @GetMapping("/portal/zielvereinbarungen")
  String seite(Model model) {
    model.addAttribute("eintraege", veroeffentlichungen.alle());
    return "portal/zielvereinbarungen";
  }

  @GetMapping(value = "/portal/zielvereinbarungen.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  List<Veroeffentlichungen.Eintrag> json() {
    return veroeffentlichungen.alle();
  }

  @GetMapping("/portal/zielvereinbarungen/{nummer}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String nummer) {
    return veroeffentlichungen.pdf(nummer)
        .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("Zielvereinbarung-" + nummer + ".pdf").build().toString())
            .body(pdf))
        .orElse(ResponseEntity.notFound().build());
  }
}
