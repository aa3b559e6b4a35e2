package de.hessen.aqb.umsetzungsbesprechung;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.identity.Personen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Protokoll erstellen": the minutes as a PDF, from the records only (schedule, attendance, minutes, follow-ups, who
 * recorded them), stored with the meeting; the mail and the body's download read that stored one.
 */
@Service
public class ProtokollErstellung {

  /** The generated PDF and its file name. */
  public record Pdf(String dateiname, byte[] inhalt) {}

  private final Umsetzungsbesprechungen besprechungen;
  private final Vereinbarungen vereinbarungen;
  private final ProtokollDokument dokument;
  private final Personen personen;
  private final Faelle faelle;
  private final String ministerium;

  ProtokollErstellung(Umsetzungsbesprechungen besprechungen, Vereinbarungen vereinbarungen, ProtokollDokument dokument,
      Personen personen, Faelle faelle,
      @Value("${aqb.ministerium.name:Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales}") String ministerium) {
    this.besprechungen = besprechungen;
    this.vereinbarungen = vereinbarungen;
    this.dokument = dokument;
    this.personen = personen;
    this.faelle = faelle;
    this.ministerium = ministerium;
  }

  @Transactional
  public Pdf erzeuge(String prozessInstanz) {
    Umsetzungsbesprechungen.Besprechung b = besprechungen.derInstanz(prozessInstanz);
    byte[] pdf = dokument.erzeugePdf(daten(b));
    besprechungen.speicherePdf(b.nummer(), b.jahr(), pdf);
    return new Pdf(dateiname(b), pdf);
  }

  public static String dateiname(Umsetzungsbesprechungen.Besprechung b) {
    return ("Protokoll-Umsetzungsbesprechung-" + b.jahr() + "-" + b.nummer() + ".pdf").replaceAll("[^A-Za-z0-9.-]+", "-");
  }

  @Transactional(readOnly = true)
  public ProtokollDokument.Daten daten(Umsetzungsbesprechungen.Besprechung b) {
    if (b.protokoll() == null) {
      throw new IllegalStateException("Die Umsetzungsbesprechung " + b.jahr() + " des Förderfalls " + b.nummer() + " ist nicht protokolliert.");
    }
    Fallkopf kopf = faelle.kopf(b.nummer());
    List<ProtokollDokument.Teilnehmer> teilnehmende = besprechungen.teilnahme(b.nummer(), b.jahr()).stream()
        .map(t -> new ProtokollDokument.Teilnehmer(personen.anzeigename(t.benutzer()), t.partei().bezeichnung(),
            Boolean.TRUE.equals(t.anwesend())))
        .toList();
    List<ProtokollDokument.Punkt> punkte = vereinbarungen.der(b.nummer(), b.jahr()).stream()
        .map(v -> new ProtokollDokument.Punkt(v.nr(), v.was(), v.zustaendig().bezeichnung(), v.faelligAm().format(TT_MM_JJJJ)))
        .toList();
    LocalDate datum = LocalDate.ofInstant(b.protokolliertAm(), ZoneId.of("Europe/Berlin"));
    return new ProtokollDokument.Daten(ministerium, kopf.nummer(), kopf.gebietskoerperschaftName(), kopf.jahr(), b.jahr(),
        b.termin(), b.uhrzeit(), b.ort(), b.tagesordnung(), teilnehmende, b.protokoll(), punkte,
        personen.anzeigename(b.protokolliertVon()), datum);
  }
}
