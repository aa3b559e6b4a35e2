package de.hessen.aqb.dokument;

import de.hessen.aqb.zielvereinbarung.ZielvereinbarungDokument;
import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungSeeds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    @Test
    void alleSchriftenSindEingebettetesDejaVu() throws IOException {
        byte[] pdf = new ZielvereinbarungDokument(PdfRenderer.mitKlassenpfadVorlagen())
                .erzeugePdf(ZielvereinbarungSeeds.wiesbaden2025());

        assertThat(eingebetteteSchriften(pdf)).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
    }

    @Test
    void gleichzeitigeDokumenteTeilenSichDieEinmalGeparstenSchriftenOhneSichZuStoeren() throws Exception {
        ZielvereinbarungDokument dokument = new ZielvereinbarungDokument(PdfRenderer.mitKlassenpfadVorlagen());
        String erwartet = PdfText.text(dokument.erzeugePdf(ZielvereinbarungSeeds.wiesbaden2025()));
        int vorher = PdfRenderer.SCHRIFTEN.geparst();

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                pdfs.add(threads.submit(() -> dokument.erzeugePdf(ZielvereinbarungSeeds.wiesbaden2025())));
            }
            for (Future<byte[]> pdf : pdfs) {
                byte[] bytes = pdf.get(2, TimeUnit.MINUTES);
                assertThat(PdfText.text(bytes)).isEqualTo(erwartet);
                assertThat(eingebetteteSchriften(bytes)).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
            }
        } finally {
            threads.shutdownNow();
        }
        // at most one parsed pair per PDF rendered at the same time, not one per PDF
        assertThat(PdfRenderer.SCHRIFTEN.geparst() - vorher).isLessThanOrEqualTo(4);
    }

    private static Set<String> eingebetteteSchriften(byte[] pdf) throws IOException {
        Set<String> schriften = new HashSet<>();
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            for (PDPage seite : dokument.getPages()) {
                PDResources ressourcen = seite.getResources();
                for (COSName name : ressourcen.getFontNames()) {
                    PDFont schrift = ressourcen.getFont(name);
                    assertThat(schrift.isEmbedded()).as(schrift.getName()).isTrue();
                    schriften.add(schrift.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        return schriften;
    }

    @Test
    void keinUmbruchInnerhalbVonBindestrichwoertern() {
        ZeilenumbruchOhneBindestrich breaker = new ZeilenumbruchOhneBindestrich(java.util.Locale.GERMAN);
        String text = "am Übergang Schule-Beruf Ausbildungs- und mehr";
        breaker.setText(text);
        Set<Integer> umbrueche = new HashSet<>();
        for (int i = breaker.next(); i != java.text.BreakIterator.DONE; i = breaker.next()) {
            umbrueche.add(i);
        }
        assertThat(umbrueche).doesNotContain(text.indexOf("Beruf"))
                .contains(text.indexOf("Schule"), text.indexOf("und"), text.length());
    }

    @Test
    void vorlagePruefungSiehtNurVorhandeneDateien() {
        assertThat(PdfRenderer.vorlageVorhanden("dokumente/zielvereinbarung/2025")).isTrue();
        assertThat(PdfRenderer.vorlageVorhanden("dokumente/zielvereinbarung/1999")).isFalse();
    }
}
