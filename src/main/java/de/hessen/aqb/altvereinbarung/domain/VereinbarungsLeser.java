package de.hessen.aqb.altvereinbarung.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads a Zielvereinbarung's text into a {@link Lesung}: year (votes of the places the template names it: the title,
 * "Qualifizierungsbudget(s) …", "im Jahr …", "Budgets …"), partner ({@link PartnerLeser}), § 4 budget (the one amount in
 * Euro), § 5 projects ({@link ProjektLeser}) and signatories ({@link UnterschriftLeser}). Never guesses silently: what
 * is not read is null, and every field below {@link Lesung#SCHWELLE} is listed as uncertain.
 */
public final class VereinbarungsLeser {

  private static final List<String> ANKER = List.of("Zielvereinbarung", "zwischen", "Qualifizierungsbudget",
      "Haushaltsmittel", "Maßnahmenarten", "Präambel", "Vereinbarungspartner", "Behindertenrechtskonvention",
      "Zielsteuerung", "Verbesserungsprozess");
  private static final int MINDESTANKER = 6;
  private static final List<String> JAHRESWOERTER = List.of("Zielvereinbarung", "Qualifizierungsbudget",
      "Qualifizierungsbudgets", "Jahr", "Budgets");

  private final List<Koerperschaft> koerperschaften;
  private final Wortschatz wortschatz;
  private final List<String> orte;

  public VereinbarungsLeser(List<Koerperschaft> koerperschaften, Wortschatz wortschatz) {
    this.koerperschaften = List.copyOf(koerperschaften);
    this.wortschatz = wortschatz;
    LinkedHashSet<String> o = new LinkedHashSet<>(List.of("Wiesbaden"));
    koerperschaften.forEach(k -> o.add(k.sitz().replaceAll("\\s*\\(.*\\)", "")));
    this.orte = List.copyOf(o);
  }

  public Lesung lies(String text) {
    List<String> zeilen = Textaufbereitung.zeilen(text == null ? "" : text);
    pruefeArt(zeilen);
    Befund befund = new Befund();
    Map<Integer, Integer> jahre = jahresstimmen(zeilen);
    Integer jahr = jahre.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    int stimmen = jahre.values().stream().mapToInt(Integer::intValue).sum();
    befund.feld("jahr", jahr, jahr == null ? 0 : jahre.get(jahr) / (double) stimmen * (jahre.get(jahr) >= 3 ? 1 : 0.7));

    var partner = PartnerLeser.lies(zeilen, koerperschaften, jahr);
    befund.feld("partner", partner.map(p -> p.koerperschaft().bezeichnung()).orElse(null),
        partner.map(PartnerLeser.Ergebnis::sicherheit).orElse(0.0));

    int[] betragZeile = {-1};
    Long budget = budget(zeilen, betragZeile, befund);
    int ab = ProjektLeser.ersteUeberschrift(zeilen, Math.max(0, betragZeile[0]));
    Map<String, List<String>> massnahmen;
    int ende;
    if (ab < 0) {
      massnahmen = new java.util.LinkedHashMap<>(Map.of("1", List.of(), "2", List.of(), "3", List.of(), "4", List.of()));
      befund.feld("massnahmen", null, 0);
      ende = Math.max(0, betragZeile[0]);
    } else {
      var projekte = ProjektLeser.lies(zeilen, ab, wortschatz, befund);
      massnahmen = projekte.massnahmen();
      ende = projekte.ende();
    }
    List<Unterschrift> unterschriften = UnterschriftLeser.lies(zeilen, signaturbereich(zeilen, ende), orte, befund);
    String ks = partner.map(p -> p.koerperschaft().kreisschluessel()).orElse(null);
    return new Lesung(partner.map(p -> p.koerperschaft().bezeichnung()).orElse(null), ks, jahr, budget, massnahmen,
        unterschriften, befund.geordnet(), befund.unsicher());
  }

  /** Refuses a text that does not read as a Zielvereinbarung of the AQB (fewer than six of its ten anchor words). */
  private static void pruefeArt(List<String> zeilen) {
    long gefunden = ANKER.stream().filter(a -> zeilen.stream().anyMatch(z -> OcrAbgleich.enthalten(a, z) >= 0.85)).count();
    if (gefunden < MINDESTANKER) {
      throw new KeinVereinbarungstext("Die Datei ist keine lesbare Zielvereinbarung des Ausbildungs- und "
          + "Qualifizierungsbudgets (Titel, Haushaltsmittel und Maßnahmenarten nicht gefunden). Es wurde nichts gespeichert.");
    }
  }

  /** Year → votes: a year right after a year word, or alone on the line after the title; the title counts twice. */
  private static Map<Integer, Integer> jahresstimmen(List<String> zeilen) {
    Map<Integer, Integer> stimmen = new HashMap<>();
    for (int i = 0; i < zeilen.size(); i++) {
      String[] woerter = zeilen.get(i).split("[\\s„“\"*]+");
      for (int w = 1; w < woerter.length; w++) {
        Optional<Integer> jahr = Zahlen.jahr(woerter[w].replaceAll("[.,:;)]+$", ""));
        String davor = woerter[w - 1];
        if (jahr.isPresent() && JAHRESWOERTER.stream().anyMatch(j -> OcrAbgleich.aehnlichkeit(davor, j) >= 0.8)) {
          stimmen.merge(jahr.get(), OcrAbgleich.aehnlichkeit(davor, "Zielvereinbarung") >= 0.8 ? 2 : 1, Integer::sum);
        }
      }
      if (i > 0 && OcrAbgleich.aehnlichkeit(zeilen.get(i - 1), "Zielvereinbarung") >= 0.8) {
        Zahlen.jahr(zeilen.get(i).strip()).ifPresent(j -> stimmen.merge(j, 2, Integer::sum));
      }
    }
    return stimmen;
  }

  /** The § 4 amount: the one amount in Euro of the text; several different ones leave it uncertain. */
  private static Long budget(List<String> zeilen, int[] zeile, Befund befund) {
    List<Long> betraege = new ArrayList<>();
    boolean ocrZiffern = false;
    for (int i = 0; i < zeilen.size(); i++) {
      Matcher m = Zahlen.BETRAG.matcher(zeilen.get(i));
      while (m.find()) {
        if (!m.group(1).matches("[\\d.,\\s]+")) {
          ocrZiffern = true;
        }
        String z = Zahlen.ziffern(m.group(1));
        if (z.replaceAll("[.\\s]", "").matches("\\d+(,\\d{2})?") && z.matches("\\d{1,3}([.\\s]\\d{3})*(,\\d{2})?")) {
          betraege.add(Zahlen.cent(m.group(1)));
          zeile[0] = zeile[0] < 0 ? i : zeile[0];
        }
      }
    }
    long verschieden = betraege.stream().distinct().count();
    Long budget = verschieden == 0 ? null : betraege.get(0);
    return befund.feld("budgetCent", budget, verschieden == 1 ? (ocrZiffern ? 0.9 : 0.97) : 0.5);
  }

  /** Where the signatures start: after § 7's last sentence ("… veröffentlicht."), else after § 5. */
  private static int signaturbereich(List<String> zeilen, int nachProjekten) {
    int ab = nachProjekten;
    for (int i = nachProjekten; i < zeilen.size(); i++) {
      if (OcrAbgleich.enthalten("Arbeitswelt Hessen", zeilen.get(i)) >= 0.8 || OcrAbgleich.enthalten("veröffentlicht", zeilen.get(i)) >= 0.85) {
        ab = i + 1;
      }
    }
    return ab;
  }
}
