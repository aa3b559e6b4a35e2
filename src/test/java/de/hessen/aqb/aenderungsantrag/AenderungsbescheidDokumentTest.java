package de.hessen.aqb.aenderungsantrag;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.aenderungsantrag.domain.Aenderung;
import de.hessen.aqb.aenderungsantrag.domain.Entscheidung;
import de.hessen.aqb.dokument.ArchivPdf;
import de.hessen.aqb.dokument.PdfRenderer;
import de.hessen.aqb.dokument.PdfText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The letter on an Änderungsantrag, rendered without Spring: what the PDF says. */
class AenderungsbescheidDokumentTest {

  private final AenderungsbescheidDokument dokument = new AenderungsbescheidDokument(PdfRenderer.mitKlassenpfadVorlagen());

  private static final Aenderung BEANTRAGT = new Aenderung(List.of(
      new Aenderung.Posten("M1", "Ausbildungscoaching Wiesbaden", null, null, "GAB Limburg", false, false, false, 1_200_000_00L, 900_000_00L),
      new Aenderung.Posten("M2", "Werkstattjahr", null, "t2", "Träger B", false, false, true, 300_000_00L, 300_000_00L),
      new Aenderung.Posten("N1-1", "Digitales Lernen", 3, "t3", "Träger C", true, false, false, 0, 250_000_00L)),
      LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30), "Neue Maßnahme und längere Laufzeit");

  private String text(Entscheidung.Art art, Map<String, Long> entschieden, String begruendung) {
    var brief = new AenderungsbescheidDokument.Brief("57 AQB 2025-06414-Ä1", LocalDate.of(2026, 11, 30), art,
        "Landeshauptstadt Wiesbaden", 2025, "57 AQB 2025-06414", LocalDate.of(2025, 5, 1), LocalDate.of(2026, 11, 2), BEANTRAGT,
        BEANTRAGT.mitBetraegen(entschieden), LocalDate.of(2025, 1, 1), BEANTRAGT.begruendung(), begruendung, "rp.eins", "rp.zwei");
    byte[] pdf = dokument.erzeugePdf(brief);
    System.out.println("Änderungsbescheid " + art + ": " + ArchivPdf.pruefe(pdf, "57 AQB 2025-06414-Ä1"));
    return PdfText.text(pdf).replaceAll("\\s+", " ");
  }

  @Test
  void aenderungsbescheidZeigtBisherUndNeuJeMassnahmeUndDenNeuenZeitraum() {
    String text = text(Entscheidung.Art.TEILWEISE, Map.of("N1-1", 200_000_00L), "Die neue Maßnahme wird mit 200.000 € gefördert.");
    assertThat(text).contains("Änderungsbescheid", "Aktenzeichen 57 AQB 2025-06414-Ä1", "Datum 30. November 2026",
        "Bescheid Az. 57 AQB 2025-06414 vom 1. Mai 2025", "Ihr Änderungsantrag vom 2. November 2026",
        "(teilweise Bewilligung)", "künftig insgesamt 1.400.000,00 € (bisher 1.500.000,00 €)",
        "GAB Limburg 1.200.000,00 € 900.000,00 € 900.000,00 €",
        "Werkstattjahr (Trägerwechsel) Träger B", "Digitales Lernen (neue", "Träger C 0,00 € 250.000,00 € 200.000,00 €",
        "Summe 1.500.000,00 € 1.450.000,00 € 1.400.000,00 €",
        "Der Bewilligungszeitraum wird bis zum 30. Juni 2027 verlängert (bisher bis zum 31. Dezember 2026)",
        "Bewilligungszeitraum: 1. Januar 2025 bis 30. Juni 2027", "„Neue Maßnahme und längere Laufzeit“",
        "Die neue Maßnahme wird mit 200.000 € gefördert.", "Rechtsbehelfsbelehrung", "rp.zwei", "Bearbeitet von rp.eins");
  }

  @Test
  void ablehnungLaesstBetraegeUndZeitraumWieSieWaren() {
    String text = text(Entscheidung.Art.ABGELEHNT, Map.of("M1", 1_200_000_00L, "M2", 300_000_00L, "N1-1", 0L), "Nicht belegt.");
    assertThat(text).contains("Ablehnung Ihres Änderungsantrags", "gilt in seiner bisherigen Fassung unverändert fort",
        "Summe 1.500.000,00 € 1.450.000,00 € 1.500.000,00 €", "Bewilligungszeitraum: 1. Januar 2025 bis 31. Dezember 2026 "
            + "(beantragt war eine Verlängerung bis zum 30. Juni 2027)", "Nicht belegt.", "Rechtsbehelfsbelehrung")
        .doesNotContain("wird bis zum");
  }

  @Test
  void bestaetigungEinerAnzeigeOhneRechtsbehelfsbelehrung() {
    String text = text(Entscheidung.Art.ZUR_KENNTNIS, Map.of(), null);
    assertThat(text).contains("Bestätigung Ihrer Änderungsanzeige", "zur Kenntnis genommen").doesNotContain("Rechtsbehelfsbelehrung");
  }
}
