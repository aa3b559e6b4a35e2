package de.hessen.aqb.durchfuehrung;

import de.hessen.aqb.durchfuehrung.domain.Mittelabruf;
import de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "Mittelabruf stellen": the body either requests money — checked against the request period stored when the
 * stage began, and against what is still available in the ledgers, under the case's lock — or closes the stage.
 */
@Service
public class MittelabrufStellen {

  /** What the body submitted in "Mittelabruf stellen" (form values as typed). */
  public record Eingabe(String aktion, String betrag, LocalDate bedarfBis, String zweck) {}

  /** A recorded request; {@code null} from {@link #bearbeite} when the body closed the stage instead. */
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
    if ("abschliessen".equals(eingabe.aktion())) {
      zeitraeume.schliesseAb(fall.nummer(), von, uhr.instant());
      return null;
    }
    if (!"abrufen".equals(eingabe.aktion())) {
      throw new UngueltigeEingabe("Bitte wählen: Mittel abrufen oder die Durchführung abschließen.");
    }
    LocalDate heute = LocalDate.now(uhr);
    MittelabrufRegeln.pruefeAbrufzeitraum(zeitraeume.letzterAbruftag(fall.nummer()).orElseThrow(() ->
        new IllegalStateException("Für den Förderfall " + fall.nummer() + " ist kein Abrufzeitraum bestimmt.")), heute);
    mittelabrufe.sperre(fall.nummer());
    Mittelabruf abruf = MittelabrufRegeln.pruefeAbruf(eingabe.betrag(), eingabe.bedarfBis(), eingabe.zweck(),
        anzeige.stand(fall.nummer()), heute, eigenschaften.bedarfszeitraum());
    int nummer = mittelabrufe.naechsteNummer(fall.nummer());
    mittelabrufe.erfasse(fall.nummer(), nummer, abruf.betragCent(), abruf.bedarfBis(), abruf.verwendungszweck(), von);
    return new Gestellt(nummer, abruf.betragCent(), abruf.bedarfBis(), abruf.verwendungszweck(), von);
  }
}
