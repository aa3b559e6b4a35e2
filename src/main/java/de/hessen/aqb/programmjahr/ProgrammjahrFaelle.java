package de.hessen.aqb.programmjahr;

import de.hessen.aqb.fall.Fallregister;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The cases of a released programme year: which bodies still need their Förderfall (a retried start skips the ones
 * recorded), a body's case that already exists in that year (started singly before: linked, not started twice), and
 * whether every case of the year has ended (the register's status, whatever way the case ended).
 */
@Service
public class ProgrammjahrFaelle {

  private final ProgrammjahrTabelle tabelle;
  private final Fallregister register;
  private final Clock uhr;

  ProgrammjahrFaelle(ProgrammjahrTabelle tabelle, Fallregister register, Clock uhr) {
    this.tabelle = tabelle;
    this.register = register;
    this.uhr = uhr;
  }

  public ProgrammjahrTabelle.Kopf kopf(long id) {
    return tabelle.kopf(id).orElseThrow(() -> new IllegalStateException("Programmjahr " + id + " ist nicht gespeichert."));
  }

  /** Bodies of the allocation without a recorded case. */
  public List<String> ohneFall(long id) {
    ProgrammjahrTabelle.Kopf kopf = kopf(id);
    if (!ProgrammjahrTabelle.FREIGEGEBEN.equals(kopf.status())) {
      throw new IllegalStateException("Programmjahr " + kopf.jahr() + " ist nicht freigegeben (" + kopf.status() + ").");
    }
    return tabelle.anteile(id).stream().filter(a -> a.foerderfallNummer() == null).map(ProgrammjahrTabelle.Anteil::kreisschluessel).toList();
  }

  /** The body's active case of that year, if one exists already. */
  public Optional<String> vorhandenerFall(String kreisschluessel, int jahr) {
    return register.aktiverFall(kreisschluessel, jahr);
  }

  public void vermerke(long id, String kreisschluessel, String nummer) {
    tabelle.vermerkeFall(id, kreisschluessel, nummer, uhr.instant());
  }

  /** Number of cases recorded for the year. */
  public int anzahl(long id) {
    return (int) tabelle.anteile(id).stream().filter(a -> a.foerderfallNummer() != null).count();
  }

  /** True when no case of the year's allocation is still AKTIV; then the programme year is closed. */
  public boolean schliesseWennAlleBeendet(long id) {
    boolean offen = tabelle.anteile(id).stream().map(ProgrammjahrTabelle.Anteil::foerderfallNummer)
        .anyMatch(n -> n == null || register.status(n).filter(Fallregister.AKTIV::equals).isPresent());
    if (!offen) {
      tabelle.schliesseAb(id);
    }
    return !offen;
  }
}
