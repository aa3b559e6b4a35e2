package de.hessen.aqb.umsetzungsbesprechung;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.umsetzungsbesprechung.domain.Partei;
import de.hessen.aqb.umsetzungsbesprechung.domain.Terminierung;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Umsetzungsbesprechung terminieren": the ministry picks date, time, place and the participants from the
 * members of the body's group, of the RP Kassel and of the ministry; recorded with the logged-in user.
 */
@Service
public class BesprechungTerminierung {

  /** A person who may be invited, as the form offers them. */
  public record Auswahl(String id, String name, Partei partei) {}

  private final Umsetzungsbesprechungen besprechungen;
  private final Personen personen;
  private final Clock uhr;

  BesprechungTerminierung(Umsetzungsbesprechungen besprechungen, Personen personen, Clock uhr) {
    this.besprechungen = besprechungen;
    this.personen = personen;
    this.uhr = uhr;
  }

  /** The people the ministry may invite for this case (the body's clerks, the RP Kassel, the ministry). */
  public List<Auswahl> auswahl(Fallkopf kopf) {
    List<Auswahl> auswahl = new ArrayList<>();
    Map<Partei, String> gruppen = Map.of(Partei.GEBIETSKOERPERSCHAFT, kopf.gruppenId(), Partei.REGIERUNGSPRAESIDIUM,
        Gruppen.RP_KASSEL, Partei.MINISTERIUM, Gruppen.HMSI);
    for (Partei partei : Partei.values()) {
      personen.mitglieder(gruppen.get(partei)).forEach(p -> auswahl.add(new Auswahl(p.id(), p.name(), partei)));
    }
    return auswahl;
  }

  /** The start of the meeting as ISO date-time with the offset in Hesse (due and follow-up date of "protokollieren"). */
  public String beginn(Terminierung.Termin termin) {
    return termin.datum().atTime(termin.uhrzeit()).atZone(uhr.getZone()).toOffsetDateTime().toString();
  }

  /** Checks and records the schedule of the meeting run by {@code prozessInstanz}; refused input changes nothing. */
  @Transactional
  public Terminierung.Termin terminiere(String prozessInstanz, Fallkopf kopf, Terminierung.Eingabe eingabe, String von) {
    Umsetzungsbesprechungen.Besprechung besprechung = besprechungen.derInstanz(prozessInstanz);
    if (!besprechung.nummer().equals(kopf.nummer())) {
      throw new IllegalStateException("Die Umsetzungsbesprechung gehört nicht zum Förderfall " + kopf.nummer() + ".");
    }
    Map<String, Partei> erlaubt = new LinkedHashMap<>();
    auswahl(kopf).forEach(a -> erlaubt.putIfAbsent(a.id(), a.partei()));
    Terminierung.Termin termin = Terminierung.pruefe(eingabe, erlaubt, besprechung.jahr(), LocalDate.now(uhr));
    besprechungen.terminiere(besprechung.nummer(), besprechung.jahr(), termin, von, uhr.instant());
    return termin;
  }
}
