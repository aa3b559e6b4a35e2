package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.zielvereinbarung.Ausgangsvereinbarung;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The stage's read API: a body's imported agreements (its history before the system), their source files, and — as
 * an {@link Ausgangsvereinbarung.Quelle} — the starting point of the body's next Zielvereinbarung draft.
 */
@Service
public class Altvereinbarungen implements Ausgangsvereinbarung.Quelle {

  static final String HERKUNFT = "aus dem Archiv übernommen";

  private final AltvereinbarungTabelle tabelle;

  Altvereinbarungen(AltvereinbarungTabelle tabelle) {
    this.tabelle = tabelle;
  }

  /** The body's imported agreements, latest year first. */
  public List<Altvereinbarung> vonKoerperschaft(String kreisschluessel) {
    return tabelle.vonKoerperschaft(kreisschluessel);
  }

  public Optional<byte[]> quelle(String kreisschluessel, int jahr) {
    return tabelle.quelle(kreisschluessel, jahr);
  }

  @Override
  public Optional<Ausgangsvereinbarung> vereinbarung(String kreisschluessel, int jahr) {
    return tabelle.von(kreisschluessel, jahr).map(a -> new Ausgangsvereinbarung(kreisschluessel, jahr,
        HERKUNFT, projekte(a.massnahmen())));
  }

  private static Map<Massnahmenart, List<Projekt>> projekte(Map<String, List<String>> massnahmen) {
    Map<Massnahmenart, List<Projekt>> projekte = new EnumMap<>(Massnahmenart.class);
    massnahmen.forEach((art, namen) -> projekte.put(Massnahmenart.nachNummer(Integer.parseInt(art)),
        namen.stream().map(Projekt::new).toList()));
    return projekte;
  }
}
