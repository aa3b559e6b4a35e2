package de.hessen.aqb.dokument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.hessen.aqb.zielvereinbarung.ZielvereinbarungDokument;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungSeeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Every PDF the renderer produces is tagged PDF/A ({@link ArchivPdf}); the other kinds are checked where they are made
 * (BescheidDokumentTest, AenderungsbescheidDokumentTest, AkteTest, AkteDurchfuehrungTest). The checks fail on a plain
 * PDF and on a template without language.
 */
class ArchivPdfTest {

  private final PdfRenderer renderer = PdfRenderer.mitKlassenpfadVorlagen();

  @Test
  void zielvereinbarungIstGetaggtesPdfA() {
    byte[] pdf = new ZielvereinbarungDokument(renderer).erzeugePdf(ZielvereinbarungSeeds.wiesbaden2025());
    PdfText.ablegen(pdf, "archiv-zielvereinbarung.pdf");
    ArchivPdf.Befund befund = ArchivPdf.pruefe(pdf, "Zielvereinbarung 2025 – ");
    System.out.println("Zielvereinbarung: " + befund);
    assertThat(befund.elementarten()).containsKeys("H1", "P", "Table", "TR", "TD");
    assertThat(befund.schriften()).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
  }

  @Test
  void einReproduzierbaresPdfBleibtPdfAMitGleichenDatenInXmpUndInfo() {
    Instant stand = Instant.parse("2026-03-01T10:15:00Z");
    ZielvereinbarungDokument dokument = new ZielvereinbarungDokument(renderer);
    byte[] erstes = PdfRenderer.reproduzierbar(dokument.erzeugePdf(ZielvereinbarungSeeds.odenwaldkreis2025()), stand);
    byte[] zweites = PdfRenderer.reproduzierbar(dokument.erzeugePdf(ZielvereinbarungSeeds.odenwaldkreis2025()), stand);
    ArchivPdf.pruefe(erstes, "Zielvereinbarung 2025");
    assertThat(zweites).isEqualTo(erstes);
  }

  @Test
  void einUngetaggtesPdfFaelltDurch() throws IOException {
    try (PDDocument leer = new PDDocument(); ByteArrayOutputStream aus = new ByteArrayOutputStream()) {
      leer.addPage(new PDPage());
      leer.getDocumentInformation().setTitle("Zielvereinbarung");
      leer.save(aus);
      assertThatThrownBy(() -> ArchivPdf.pruefe(aus.toByteArray(), "Zielvereinbarung")).isInstanceOf(AssertionError.class)
          .hasMessageContaining("MarkInfo");
    }
  }

  @Test
  void eineVorlageOhneSpracheFaelltDurch() {
    byte[] pdf = renderer.htmlZuPdf("<html><head><meta charset=\"UTF-8\" /><title>Probe</title></head>"
        + "<body style=\"font-family: 'DejaVu Sans'\"><h1>Probe</h1><p>Eins</p><p>Zwei</p><p>Drei</p><p>Vier</p>"
        + "<p>Fünf</p></body></html>");
    assertThatThrownBy(() -> ArchivPdf.pruefe(pdf, "Probe")).isInstanceOf(AssertionError.class).hasMessageContaining("/Lang");
  }
}
