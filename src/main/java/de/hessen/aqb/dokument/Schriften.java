package de.hessen.aqb.dokument;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded DejaVu fonts, read and parsed once and reused by every PDF (before, each PDF read both font files from
 * the class path and parsed them again).
 *
 * <p>A PDFBox font object ({@link PDType0Font}) belongs to one document, but the parsed TrueType font behind it can be
 * shared: {@link PDType0Font#load(PDDocument, TrueTypeFont, boolean)} neither copies nor closes it. A parsed font is not
 * thread-safe (it reads its tables lazily from one buffer and caches glyphs), so each PDF borrows a pair for the time
 * of its rendering from a pool that grows to the number of PDFs rendered at once and never shrinks (a few megabytes a
 * pair).
 */
final class Schriften {

    private static final String NORMAL = "fonts/DejaVuSans.ttf";
    private static final String FETT = "fonts/DejaVuSans-Bold.ttf";

    private final byte[] normal = lies(NORMAL);
    private final byte[] fett = lies(FETT);
    private final ConcurrentLinkedQueue<Paar> frei = new ConcurrentLinkedQueue<>();
    private final AtomicInteger geparst = new AtomicInteger();

    /** A parsed pair for one PDF alone; give it back with {@link #gibZurueck(Paar)} when the PDF is written. */
    Paar leihe() {
        Paar paar = frei.poll();
        if (paar != null) {
            return paar;
        }
        geparst.incrementAndGet();
        return new Paar(parse(normal, NORMAL), parse(fett, FETT));
    }

    void gibZurueck(Paar paar) {
        frei.offer(paar);
    }

    /** How many pairs were parsed so far (at most the number of PDFs ever rendered at the same time). */
    int geparst() {
        return geparst.get();
    }

    /** The regular and the bold face, parsed. */
    record Paar(TrueTypeFont normal, TrueTypeFont fett) {

        /** The face for {@code dokument}, created when the renderer first needs it, embedded as a subset. */
        PDFontSupplier fuer(PDDocument dokument, boolean istFett) {
            TrueTypeFont schrift = istFett ? fett : normal;
            return new PDFontSupplier(null) {
                private PDFont font;

                @Override
                public PDFont supply() {
                    if (font == null) {
                        try {
                            font = PDType0Font.load(dokument, schrift, true);
                        } catch (IOException e) {
                            throw new UncheckedIOException("Schriftart konnte nicht eingebettet werden", e);
                        }
                    }
                    return font;
                }
            };
        }
    }

    private static TrueTypeFont parse(byte[] daten, String pfad) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(daten));
        } catch (IOException e) {
            throw new UncheckedIOException("Schriftart nicht lesbar: " + pfad, e);
        }
    }

    private static byte[] lies(String pfad) {
        try (InputStream stream = Schriften.class.getClassLoader().getResourceAsStream(pfad)) {
            if (stream == null) {
                throw new IllegalStateException("Schriftart fehlt im Klassenpfad: " + pfad);
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Schriftart nicht lesbar: " + pfad, e);
        }
    }
}
