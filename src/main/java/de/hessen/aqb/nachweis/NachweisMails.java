package de.hessen.aqb.nachweis;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.identity.Gruppen;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.mail.Mail;
import de.hessen.aqb.mail.MailVersand;
import de.hessen.aqb.mail.TasklistLinks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The mails of the Nachweis stage: reminder and escalation of the deadline, the result (with or without Rückforderung).
 * Recipients are the case's group from the register; figures, deadlines and the PDF come from the records.
 */
@Service
public class NachweisMails {

  public static final String FRIST_NAHT = "frist-naht";
  public static final String FRIST_ABGELAUFEN = "frist-abgelaufen";

  private final MailVersand versand;
  private final Personen personen;
  private final TasklistLinks links;
  private final NachweisTermine termine;
  private final NachweisPruefungen pruefungen;
  private final NachweisVorbereitung vorbereitung;

  NachweisMails(MailVersand versand, Personen personen, TasklistLinks links, NachweisTermine termine, NachweisPruefungen pruefungen,
      NachweisVorbereitung vorbereitung) {
    this.versand = versand;
    this.personen = personen;
    this.links = links;
    this.termine = termine;
    this.pruefungen = pruefungen;
    this.vorbereitung = vorbereitung;
  }

  /** Reminder before ({@link #FRIST_NAHT}) or escalation after ({@link #FRIST_ABGELAUFEN}) the deadline of the body's task. */
  public void erinnere(Fallkopf fall, String anlass, String taskId) {
    String frist = termine.frist(fall.nummer()).format(TT_MM_JJJJ);
    Map<String, Object> modell = Map.of("fall", fall, "frist", frist, "link", links.aufgabe(taskId), "anlass", anlass);
    switch (anlass) {
      case FRIST_NAHT -> versand.sende(fall, new Mail(personen.mailAdressen(fall.gruppenId()),
          "Erinnerung: Verwendungsnachweis AQB " + fall.jahr() + " ist bis zum " + frist + " vorzulegen", "nachweis-erinnerung",
          modell, List.of()));
      case FRIST_ABGELAUFEN -> {
        Set<String> an = new LinkedHashSet<>(personen.mailAdressen(fall.gruppenId()));
        an.addAll(personen.mailAdressen(Gruppen.RP_KASSEL));
        versand.sende(fall, new Mail(new ArrayList<>(an), "Verwendungsnachweis AQB " + fall.jahr() + " – "
            + fall.gebietskoerperschaftName() + ": Frist abgelaufen", "nachweis-erinnerung", modell, List.of()));
      }
      default -> throw new IllegalArgumentException("Unbekannter Anlass " + anlass);
    }
  }

  /** The Schlussbescheid (stored PDF) with the Rückforderung. */
  public void schlussbescheid(Fallkopf fall) {
    var ergebnis = ergebnis(fall);
    String aktenzeichen = vorbereitung.bescheid(fall.nummer()).aktenzeichen();
    byte[] pdf = pruefungen.schlussbescheid(fall.nummer())
        .orElseThrow(() -> new IllegalStateException("Für den Förderfall " + fall.nummer() + " ist kein Schlussbescheid erzeugt."));
    versand.sende(fall, new Mail(personen.mailAdressen(fall.gruppenId()),
        "Schlussbescheid AQB " + fall.jahr() + " – Rückforderung, Aktenzeichen " + aktenzeichen, "nachweis-ergebnis",
        Map.of("fall", fall, "aktenzeichen", aktenzeichen, "rueckforderung", Geld.alsWaehrung(ergebnis.rueckforderungCent()),
            "zinsen", Geld.alsWaehrung(ergebnis.zinsenCent() + ergebnis.zinsenAbs4Cent()), "faellig", ergebnis.faelligAm().format(TT_MM_JJJJ)),
        List.of(new Mail.Anhang(SchlussbescheidErstellung.dateiname(aktenzeichen), "application/pdf", pdf))));
  }

  public void keineRueckforderung(Fallkopf fall) {
    var ergebnis = ergebnis(fall);
    String aktenzeichen = vorbereitung.bescheid(fall.nummer()).aktenzeichen();
    versand.sende(fall, new Mail(personen.mailAdressen(fall.gruppenId()),
        "Verwendungsnachweis geprüft – keine Rückforderung (AQB " + fall.jahr() + ", Aktenzeichen " + aktenzeichen + ")",
        "nachweis-ergebnis", Map.of("fall", fall, "aktenzeichen", aktenzeichen, "ausgezahlt", Geld.alsWaehrung(ergebnis.ausgezahltCent()),
            "anerkannt", Geld.alsWaehrung(ergebnis.anerkanntCent())), List.of()));
  }

  /**
   * Reminder before the due day ({@code stufe} 0) or dunning letter {@code stufe} (1, 2, 3) for an open Rückforderung;
   * a dunning letter goes to the body and, as a copy, to the RP Kassel.
   */
  public void zahlungserinnerung(Fallkopf fall, int stufe, long offenCent, java.time.LocalDate faelligAm) {
    String aktenzeichen = vorbereitung.bescheid(fall.nummer()).aktenzeichen();
    Set<String> an = new LinkedHashSet<>(personen.mailAdressen(fall.gruppenId()));
    if (stufe > 0) {
      an.addAll(personen.mailAdressen(Gruppen.RP_KASSEL));
    }
    String betreff = stufe == 0
        ? "Erinnerung: Rückforderung AQB " + fall.jahr() + " ist am " + faelligAm.format(TT_MM_JJJJ) + " fällig (Aktenzeichen "
            + aktenzeichen + ")"
        : stufe + ". Mahnung: Rückforderung AQB " + fall.jahr() + " – " + fall.gebietskoerperschaftName() + " (Aktenzeichen "
            + aktenzeichen + ")";
    versand.sende(fall, new Mail(new ArrayList<>(an), betreff, "rueckforderung-mahnung", Map.of("fall", fall, "aktenzeichen", aktenzeichen,
        "stufe", stufe, "offen", Geld.alsWaehrung(offenCent), "faellig", faelligAm.format(TT_MM_JJJJ)), List.of()));
  }

  private NachweisPruefungen.Ergebnis ergebnis(Fallkopf fall) {
    return pruefungen.ergebnis(fall.nummer())
        .orElseThrow(() -> new IllegalStateException("Für den Förderfall " + fall.nummer() + " ist kein Ergebnis berechnet."));
  }
}
