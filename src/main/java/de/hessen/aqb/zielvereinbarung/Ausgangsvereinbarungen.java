package de.hessen.aqb.zielvereinbarung;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Where year N+1's draft starts: the body's latest agreement of year N — the one signed in this system if there is
 * one, otherwise one any other {@link Ausgangsvereinbarung.Quelle} knows (the imported earlier agreements, issue #16;
 * the hook is open for further sources). None: the draft starts empty, as before.
 */
@Service
public class Ausgangsvereinbarungen {

  private final ZielvereinbarungTabelle tabelle;
  private final List<Ausgangsvereinbarung.Quelle> weitereQuellen;

  Ausgangsvereinbarungen(ZielvereinbarungTabelle tabelle, List<Ausgangsvereinbarung.Quelle> weitereQuellen) {
    this.tabelle = tabelle;
    this.weitereQuellen = List.copyOf(weitereQuellen);
  }

  /** The agreement the draft of {@code jahr} starts from: the body's agreement of the year before. */
  public Optional<Ausgangsvereinbarung> fuerEntwurf(String kreisschluessel, int jahr) {
    int vorjahr = jahr - 1;
    Optional<Ausgangsvereinbarung> unterzeichnet = tabelle.unterzeichnet(kreisschluessel, vorjahr)
        .map(a -> new Ausgangsvereinbarung(kreisschluessel, vorjahr, "im System unterzeichnet", a.projekte()));
    if (unterzeichnet.isPresent()) {
      return unterzeichnet;
    }
    return weitereQuellen.stream().map(q -> q.vereinbarung(kreisschluessel, vorjahr)).flatMap(Optional::stream).findFirst();
  }
}
