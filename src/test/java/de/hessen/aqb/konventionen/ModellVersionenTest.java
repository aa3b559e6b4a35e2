package de.hessen.aqb.konventionen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * ADR 17: a model whose executable content changes gets a new versionTag. The fingerprint of a process is everything
 * the engine executes — element types, ids, flows, expressions, camunda attributes — without names, documentation,
 * lanes and diagram; {@code modellversionen/fingerabdruecke.txt} records one per process and versionTag. A changed model
 * with an unchanged tag fails here (history had two different Nachweis models tagged 2.0.0); the old models kept for
 * migration tests must still be what their tag says.
 */
class ModellVersionenTest {

  private static final Path LISTE = Path.of("src/test/resources/modellversionen/fingerabdruecke.txt");

  record Fingerabdruck(String prozess, String versionTag, String wert) {
    String zeile() {
      return prozess + " " + versionTag + " " + wert;
    }
  }

  @Test
  void jedeAusfuehrbareAenderungHatEineNeueVersionTag() throws Exception {
    Map<String, String> bekannt = bekannt();
    List<String> fehler = new ArrayList<>();
    for (Path modell : modelle(Path.of("processes"))) {
      Fingerabdruck f = fingerabdruck(Files.readString(modell));
      String erwartet = bekannt.get(f.prozess() + " " + f.versionTag());
      if (!f.wert().equals(erwartet)) {
        fehler.add(modell + ": " + (erwartet == null ? "neue Version, Zeile eintragen: " : "geändert, aber versionTag "
            + f.versionTag() + " ist schon vergeben (erhöhen, dann Zeile eintragen): ") + f.zeile());
      }
    }
    assertThat(fehler).as("Fingerabdrücke in " + LISTE).isEmpty();
  }

  @Test
  void dieAltenModelleDerMigrationstestsSindUnveraendert() throws Exception {
    Map<String, String> bekannt = bekannt();
    List<Path> alte = modelle(LISTE.getParent());
    assertThat(alte).isNotEmpty();
    for (Path modell : alte) {
      Fingerabdruck f = fingerabdruck(Files.readString(modell));
      assertThat(f.wert()).as(modell + ": " + f.zeile()).isEqualTo(bekannt.get(f.prozess() + " " + f.versionTag()));
    }
  }

  @Test
  void derFingerabdruckSiehtAusdrueckeAberKeineNamen() throws Exception {
    String modell = Files.readString(Path.of("processes/durchfuehrung.bpmn"));
    String wert = fingerabdruck(modell).wert();
    assertThat(fingerabdruck(modell.replace("name=\"Mittelstand aktualisieren\"", "name=\"Stand aktualisieren\"")).wert())
        .isEqualTo(wert);
    assertThat(fingerabdruck(modell.replace("${abrufschluss}</bpmn:timeDate>", "${abrufschlussNeu}</bpmn:timeDate>")).wert())
        .isNotEqualTo(wert);
    assertThat(fingerabdruck(modell.replace("camunda:asyncAfter=\"true\"", "camunda:asyncAfter=\"false\"")).wert())
        .isNotEqualTo(wert);
  }

  private static List<Path> modelle(Path ordner) throws IOException {
    try (Stream<Path> dateien = Files.list(ordner)) {
      return dateien.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  private static Map<String, String> bekannt() throws IOException {
    Map<String, String> bekannt = new TreeMap<>();
    for (String zeile : Files.readAllLines(LISTE)) {
      String[] teile = zeile.trim().split("\\s+");
      if (teile.length == 3 && !zeile.startsWith("#")) {
        bekannt.put(teile[0] + " " + teile[1], teile[2]);
      }
    }
    return bekannt;
  }

  static Fingerabdruck fingerabdruck(String xml) throws ParserConfigurationException, SAXException, IOException,
      NoSuchAlgorithmException {
    DocumentBuilderFactory fabrik = DocumentBuilderFactory.newInstance();
    fabrik.setNamespaceAware(true);
    Element prozess = (Element) fabrik.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
        .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "process").item(0);
    StringBuilder inhalt = new StringBuilder();
    schreibe(prozess, inhalt);
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(inhalt.toString().getBytes(StandardCharsets.UTF_8));
    return new Fingerabdruck(prozess.getAttribute("id"), prozess.getAttributeNS("http://camunda.org/schema/1.0/bpmn", "versionTag"),
        HexFormat.of().formatHex(hash, 0, 8));
  }

  /** Element, its attributes (sorted, without names and the tag itself) and text, children in order; no docs or lanes. */
  private static void schreibe(Element element, StringBuilder inhalt) {
    String art = element.getLocalName();
    if (art.equals("documentation") || art.equals("laneSet")) {
      return;
    }
    inhalt.append('<').append(art);
    Map<String, String> attribute = new TreeMap<>();
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      Node a = element.getAttributes().item(i);
      String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
      if (!name.equals("name") && !name.equals("versionTag") && !"xmlns".equals(a.getPrefix())) {
        attribute.put(name, a.getNodeValue());
      }
    }
    attribute.forEach((k, v) -> inhalt.append(' ').append(k).append('=').append(v));
    inhalt.append('>');
    for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
      if (kind instanceof Element e) {
        schreibe(e, inhalt);
      } else if (kind.getNodeType() == Node.TEXT_NODE || kind.getNodeType() == Node.CDATA_SECTION_NODE) {
        inhalt.append(kind.getNodeValue().trim());
      }
    }
    inhalt.append("</").append(art).append('>');
  }
}
