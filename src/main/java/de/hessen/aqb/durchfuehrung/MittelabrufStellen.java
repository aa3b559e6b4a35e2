package de.hessen.aqb.durchfuehrung;

import de.hessen.aqb.durchfuehrung.domain.Mittelabruf;
import de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Mittelabruf stellen": the body requests money for one or more measures — checked against the request
 * period stored when the stage began and against what each measure and the case still have, under the case's lock —
 * or withdraws the request before filing it.
 */
@Service
public class MittelabrufStellen {

  /** What the body submitted (form values as typed; amounts per measure id). */
  public record Eingabe(String aktion, Map<String, String> betraege, LocalDate bedarfBis, String zweck,
      String verwendungBisher) {}

  /** A recorded request; {@code null} from {@link #bearbeite} when the body withdrew it. */
  public record Gestellt(int nummer, long betragCent, LocalDate bedarfBis, String zweck, String von) {}

  private final Mittelabrufe mittelabrufe;
  private final Mittelanzeige anzeige;
  private final Abrufzeitraeume zeitraeume;
  private final DurchfuehrungEigenschaften eigenschaften;
  private final Clock uhr;

  MittelabrufStellen(Mittelabrufe mittelabrufe, Mittelanzeige anzeige, Abrufzeitraeume zeitraeume,
      DurchfuehrungEigenschaften eigenschaften, Clock uhr) {
    this.mittelabrufe = mittelabrufe;
    this.anzeige = anzeige;
    this.zeitraeume = zeitraeume;
    this.eigenschaften = eigenschaften;
    this.uhr = uhr;
  }

  /** @param von the authenticated user */
  @Transactional
  public Gestellt bearbeite(Fallkopf fall, Eingabe eingabe, String von) {
    if ("zurueckziehen".equals(eingabe.aktion())) {
      return null;
    }
    if (!"abrufen".equals(eingabe.aktion())) {
      throw new UngueltigeEingabe("Bitte wählen: Mittel abrufen oder den Mittelabruf zurückziehen.");
    }
    LocalDate heute = LocalDate.now(uhr);
    MittelabrufRegeln.pruefeAbrufzeitraum(zeitraeume.letzterAbruftag(fall.nummer()).orElseThrow(() ->
        new IllegalStateException("Für den Förderfall " + fall.nummer() + " ist kein Abrufzeitraum bestimmt.")), heute);
    mittelabrufe.sperre(fall.nummer());
    Mittelabruf abruf = MittelabrufRegeln.pruefeAbruf(eingabe.betraege(), eingabe.bedarfBis(), eingabe.zweck(),
        eingabe.verwendungBisher(), anzeige.stand(fall.nummer()), heute, eigenschaften.bedarfszeitraum());
    int nummer = mittelabrufe.erfasse(fall.nummer(), abruf.betraegeCent(), abruf.bedarfBis(), abruf.verwendungszweck(),
        abruf.verwendungBisher(), von);
    return new Gestellt(nummer, abruf.summeCent(), abruf.bedarfBis(), abruf.verwendungszweck(), von);
  }
}
