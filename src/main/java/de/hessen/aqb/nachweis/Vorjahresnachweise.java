package de.hessen.aqb.nachweis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What the final Verwendungsnachweis builds on (ADR 13): the Zwischennachweise accepted before it was first submitted —
 * their years (no Beleg of them may appear again), their Ausgaben per measure (added to the final Belegliste) and their
 * figures for the body's task.
 */
@Service
public class Vorjahresnachweise {

  /** One measure of one accepted year. */
  public record Zeile(int jahr, Zwischennachweise.Position position) {}

  public record Stand(Set<Integer> jahre, Map<String, Long> ausgabenJeMassnahmeCent, List<Zeile> zeilen) {

    public boolean leer() {
      return jahre.isEmpty();
    }
  }

  private final Zwischennachweise zwischennachweise;

  Vorjahresnachweise(Zwischennachweise zwischennachweise) {
    this.zwischennachweise = zwischennachweise;
  }

  public Stand stand(String nummer) {
    Set<Integer> jahre = zwischennachweise.nachgewieseneJahre(nummer);
    Map<String, Long> ausgaben = new LinkedHashMap<>();
    List<Zeile> zeilen = new ArrayList<>();
    for (int jahr : jahre) {
      for (Zwischennachweise.Position p : zwischennachweise.positionen(nummer, jahr)) {
        ausgaben.merge(p.massnahmeId(), p.ausgabenCent(), Long::sum);
        zeilen.add(new Zeile(jahr, p));
      }
    }
    return new Stand(jahre, ausgaben, zeilen);
  }
}
