package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.altvereinbarung.domain.Koerperschaft;
import de.hessen.aqb.altvereinbarung.domain.Lesung;
import de.hessen.aqb.altvereinbarung.domain.VereinbarungsLeser;
import de.hessen.aqb.altvereinbarung.domain.Wortschatz;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Use case "read an agreement" (stores nothing): the text or PDF of a file → its {@link Lesung}. The reader knows the
 * bodies of the reference data and the words of the document type plus every project name already imported.
 */
@Service
public class Auslesen {

  /** Larger files are refused (a scanned agreement's text layer is a few hundred KB at most). */
  public static final int HOECHSTGROESSE = 10 * 1024 * 1024;
  static final String WORTSCHATZ = "altvereinbarung/wortschatz.txt";

  private final Referenzdaten referenzdaten;
  private final AltvereinbarungTabelle tabelle;

  Auslesen(Referenzdaten referenzdaten, AltvereinbarungTabelle tabelle) {
    this.referenzdaten = referenzdaten;
    this.tabelle = tabelle;
  }

  /** Reads a file given as UTF-8 text ({@code pdf = false}) or as PDF with a text layer. */
  public Lesung lies(byte[] inhalt, boolean pdf) {
    return lies(text(inhalt, pdf));
  }

  /** The file's text: UTF-8 text as it is, a PDF's text layer; German refusals for empty, too large, unreadable. */
  public String text(byte[] inhalt, boolean pdf) {
    if (inhalt == null || inhalt.length == 0) {
      throw new UngueltigeEingabe("Die Datei ist leer. Es wurde nichts gespeichert.");
    }
    if (inhalt.length > HOECHSTGROESSE) {
      throw new UngueltigeEingabe("Die Datei ist größer als 10 MB. Es wurde nichts gespeichert.");
    }
    return pdf ? PdfText.aus(inhalt) : Textdatei.utf8(inhalt);
  }

  public Lesung lies(String text) {
    return leser(referenzdaten, tabelle.alleProjektnamen()).lies(text);
  }

  /** The reader over the given reference data and extra known words (public for the domain tests). */
  public static VereinbarungsLeser leser(Referenzdaten referenzdaten, List<String> bekannteWoerter) {
    List<Koerperschaft> koerperschaften = referenzdaten.alle().stream().map(Auslesen::koerperschaft).toList();
    List<String> texte = new ArrayList<>(grundwortschatz());
    koerperschaften.forEach(k -> texte.addAll(k.namensformen()));
    texte.addAll(bekannteWoerter);
    return new VereinbarungsLeser(koerperschaften, Wortschatz.aus(texte));
  }

  static Koerperschaft koerperschaft(Gebietskoerperschaft g) {
    Set<String> formen = new LinkedHashSet<>(List.of(g.bezeichnung(), g.formen().nominativ(), g.formen().genitiv(),
        g.formen().dativ(), g.formen().akkusativ()));
    if (g.name().toLowerCase(java.util.Locale.GERMAN).endsWith("kreis")) {
      formen.add(g.name()); // older agreements write "dem Wetteraukreis"
    }
    return new Koerperschaft(g.kreisschluessel(), g.bezeichnung(), List.copyOf(formen), g.sitz(),
        g.gueltigAb() == null ? null : g.gueltigAb().getYear(), g.gueltigBis() == null ? null : g.gueltigBis().getYear());
  }

  private static List<String> grundwortschatz() {
    try (InputStream in = Auslesen.class.getClassLoader().getResourceAsStream(WORTSCHATZ)) {
      if (in == null) {
        throw new IllegalStateException(WORTSCHATZ + " fehlt im Klassenpfad");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(z -> !z.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
