package de.hessen.aqb.umsetzungsbesprechung;

import de.hessen.aqb.umsetzungsbesprechung.domain.Protokoll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Umsetzungsbesprechung protokollieren": minutes, attendance and the agreed follow-ups of the meeting run by
 * a process instance, checked and recorded with the logged-in user; each follow-up becomes a Wiedervorlage.
 */
@Service
public class BesprechungProtokollierung {

  private final Umsetzungsbesprechungen besprechungen;
  private final Vereinbarungen vereinbarungen;
  private final Clock uhr;

  BesprechungProtokollierung(Umsetzungsbesprechungen besprechungen, Vereinbarungen vereinbarungen, Clock uhr) {
    this.besprechungen = besprechungen;
    this.vereinbarungen = vereinbarungen;
    this.uhr = uhr;
  }

  @Transactional
  public Protokoll.Ergebnis protokolliere(String prozessInstanz, Protokoll.Eingabe eingabe, String von) {
    Umsetzungsbesprechungen.Besprechung b = besprechungen.derInstanz(prozessInstanz);
    if (b.termin() == null) {
      throw new IllegalStateException("Die Umsetzungsbesprechung " + b.jahr() + " des Förderfalls " + b.nummer() + " ist nicht terminiert.");
    }
    Set<String> eingeladen = besprechungen.teilnahme(b.nummer(), b.jahr()).stream()
        .map(Umsetzungsbesprechungen.Teilnahme::benutzer).collect(Collectors.toSet());
    Protokoll.Ergebnis ergebnis = Protokoll.pruefe(eingabe, eingeladen, b.termin(), LocalDate.now(uhr));
    besprechungen.protokolliere(b.nummer(), b.jahr(), ergebnis.text(), ergebnis.anwesend(), von, uhr.instant());
    vereinbarungen.erfasse(b.nummer(), b.jahr(), ergebnis.vereinbarungen());
    return ergebnis;
  }
}
