package de.hessen.aqb.dokument;

import de.hessen.aqb.zielvereinbarung.ZielvereinbarungDokument;
import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungSeeds;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The components wired by Spring with Boot's own Thymeleaf engine (templates from
 * classpath:/templates/) produce the same text as the standalone renderer.
 */
class PdfRendererSpringTest {

    private final ApplicationContextRunner kontext = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ThymeleafAutoConfiguration.class))
            .withBean(PdfRenderer.class)
            .withBean(ZielvereinbarungDokument.class);

    @Test
    void springKonfigurationErzeugtDasselbeDokument() {
        kontext.run(context -> {
            ZielvereinbarungDokument dokument = context.getBean(ZielvereinbarungDokument.class);
            byte[] mitSpring = dokument.erzeugePdf(ZielvereinbarungSeeds.odenwaldkreis2025());
            byte[] ohneSpring = new ZielvereinbarungDokument(PdfRenderer.mitKlassenpfadVorlagen())
                    .erzeugePdf(ZielvereinbarungSeeds.odenwaldkreis2025());

            assertThat(PdfText.text(mitSpring)).isEqualTo(PdfText.text(ohneSpring));
            assertThat(dokument.verfuegbareJahre()).contains(2025, 2026);
        });
    }
}
