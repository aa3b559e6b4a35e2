package de.hessen.aqb.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML mails are accessible (issue 18): German {@code lang}, a title, a plain-text alternative for every HTML
 * template, link texts that say where they lead, tables only with header cells (or marked as layout), an alternative
 * text on every image, and text colours with a contrast of at least 4.5:1 (WCAG 2.1 AA) against their background.
 * The templates are checked as they are written (well-formed XHTML); MailVersand sends both parts as
 * multipart/alternative.
 */
class MailBarrierefreiheitTest {

  static final Path ORDNER = Path.of("src/main/resources/templates/mail");
  static final Set<String> NICHTSSAGEND = Set.of("hier", "link", "klicken sie hier", "hier klicken", "mehr", "weiter",
      "öffnen", "tasklist", "tasklist öffnen", "details");
  static final Pattern FARBE = Pattern.compile("(?<![-\\w])color:\\s*#([0-9a-fA-F]{3,6})");
  static final Pattern HINTERGRUND = Pattern.compile("background(?:-color)?:\\s*#([0-9a-fA-F]{3,6})");

  static Stream<Path> vorlagen() throws IOException {
    try (Stream<Path> dateien = Files.list(ORDNER)) {
      return dateien.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
    }
  }

  @Test
  void esGibtVorlagen() throws IOException {
    assertThat(vorlagen()).hasSizeGreaterThanOrEqualTo(13);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vorlagen")
  void jedeHtmlMailIstBarrierefrei(Path vorlage) throws Exception {
    assertThat(maengel(vorlage)).as(vorlage.getFileName().toString()).isEmpty();
  }

  @Test
  void diePruefungFindetMaengel() throws Exception {
    Path probe = Files.createTempFile("mail", ".html");
    try {
      Files.writeString(probe, """
          <!DOCTYPE html>
          <html><head><meta charset="UTF-8" /><title>Probe</title></head>
          <body style="color:#999">
          <p><a href="#">hier</a></p><img src="logo.png" />
          <table><tr><td>Betrag</td><td>1,00 €</td></tr></table>
          </body></html>
          """);
      assertThat(maengel(probe)).hasSize(6).anyMatch(m -> m.contains("lang")).anyMatch(m -> m.contains("Linktext"))
          .anyMatch(m -> m.contains("alt")).anyMatch(m -> m.contains("Tabelle")).anyMatch(m -> m.contains("Kontrast"))
          .anyMatch(m -> m.contains("Textfassung"));
    } finally {
      Files.delete(probe);
    }
  }

  @Test
  void kontrastWieWcag() {
    assertThat(kontrast("222222", "ffffff")).isGreaterThan(15);
    assertThat(kontrast("ffffff", "005ca9")).isGreaterThan(4.5);
    assertThat(kontrast("999999", "ffffff")).isLessThan(4.5);
    assertThatThrownBy(() -> kontrast("12", "ffffff")).isInstanceOf(IllegalArgumentException.class);
  }

  static List<String> maengel(Path vorlage) throws Exception {
    List<String> maengel = new ArrayList<>();
    String name = vorlage.getFileName().toString();
    String quelle = Files.readString(vorlage, StandardCharsets.UTF_8).replaceFirst("<!DOCTYPE html>", "");
    DocumentBuilderFactory fabrik = DocumentBuilderFactory.newInstance();
    Document dokument = fabrik.newDocumentBuilder().parse(new ByteArrayInputStream(quelle.getBytes(StandardCharsets.UTF_8)));
    Element html = dokument.getDocumentElement();
    if (!html.getAttribute("lang").startsWith("de")) {
      maengel.add("kein lang=\"de\"");
    }
    boolean fragment = name.startsWith("_");
    if (!fragment) {
      if (dokument.getElementsByTagName("title").getLength() == 0) {
        maengel.add("kein <title>");
      }
      if (!Files.exists(vorlage.resolveSibling(name.replaceFirst("\\.html$", ".txt")))) {
        maengel.add("keine Textfassung (.txt)");
      }
    }
    NodeList links = dokument.getElementsByTagName("a");
    for (int i = 0; i < links.getLength(); i++) {
      String text = links.item(i).getTextContent().strip().replaceAll("\\s+", " ");
      if (text.isEmpty() || NICHTSSAGEND.contains(text.toLowerCase(Locale.GERMAN)) || text.startsWith("http")) {
        maengel.add("Linktext sagt nicht, wohin er führt: „" + text + "“");
      }
    }
    NodeList bilder = dokument.getElementsByTagName("img");
    for (int i = 0; i < bilder.getLength(); i++) {
      if (!((Element) bilder.item(i)).hasAttribute("alt")) {
        maengel.add("Bild ohne alt");
      }
    }
    NodeList tabellen = dokument.getElementsByTagName("table");
    for (int i = 0; i < tabellen.getLength(); i++) {
      Element tabelle = (Element) tabellen.item(i);
      boolean layout = Set.of("presentation", "none").contains(tabelle.getAttribute("role"));
      if (!layout && tabelle.getElementsByTagName("th").getLength() == 0) {
        maengel.add("Tabelle ohne Kopfzellen (th) und ohne role=\"presentation\"");
      }
    }
    maengel.addAll(kontrastMaengel(dokument));
    return maengel;
  }

  /** Every element with a text colour: contrast against its own background, else against the (white) mail. */
  static List<String> kontrastMaengel(Document dokument) {
    List<String> maengel = new ArrayList<>();
    NodeList alle = dokument.getElementsByTagName("*");
    for (int i = 0; i < alle.getLength(); i++) {
      String stil = ((Element) alle.item(i)).getAttribute("style");
      Matcher farbe = FARBE.matcher(stil);
      if (farbe.find()) {
        Matcher hintergrund = HINTERGRUND.matcher(stil);
        String grund = hintergrund.find() ? hintergrund.group(1) : "ffffff";
        double verhaeltnis = kontrast(farbe.group(1), grund);
        if (verhaeltnis < 4.5) {
          maengel.add(String.format(Locale.GERMAN, "Kontrast %.2f:1 < 4,5:1 (#%s auf #%s)", verhaeltnis, farbe.group(1), grund));
        }
      }
    }
    return maengel;
  }

  /** WCAG 2.1 contrast ratio of two sRGB colours given as hex ("222", "005ca9"). */
  static double kontrast(String vorne, String hinten) {
    double a = leuchtdichte(vorne);
    double b = leuchtdichte(hinten);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double leuchtdichte(String hex) {
    String voll = switch (hex.length()) {
      case 3 -> "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
      case 6 -> hex;
      default -> throw new IllegalArgumentException("Farbe #" + hex);
    };
    double[] kanal = new double[3];
    for (int k = 0; k < 3; k++) {
      double c = Integer.parseInt(voll.substring(2 * k, 2 * k + 2), 16) / 255.0;
      kanal[k] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * kanal[0] + 0.7152 * kanal[1] + 0.0722 * kanal[2];
  }
}
