package de.hessen.aqb.programmjahr;

import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.programmjahr.domain.Budgetzeile;
import de.hessen.aqb.programmjahr.domain.Uebersicht;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.referenz.Referenzdaten;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The budget overview of a programme year, per body and in total. The money comes from the ledger tables (allocation,
 * aqb_zielvereinbarung, aqb_bewilligung_buchung, aqb_mittelabruf, aqb_verwendungsnachweis), never from process
 * variables; the stage, due tasks and incidents from the engine ({@link Prozessstand}).
 */
@Service
public class Budgetuebersicht {

  private static final Map<String, String> BEENDET = Map.of(Fallregister.ABGESCHLOSSEN, "abgeschlossen",
      Fallregister.STORNIERT, "storniert", Fallregister.ABGELEHNT, "abgelehnt", Fallregister.ABGEBROCHEN, "abgebrochen");

  private final JdbcClient jdbc;
  private final ProgrammjahrTabelle programmjahre;
  private final Referenzdaten referenzdaten;
  private final Prozessstand prozessstand;
  private final Clock uhr;

  Budgetuebersicht(JdbcClient jdbc, ProgrammjahrTabelle programmjahre, Referenzdaten referenzdaten, Prozessstand prozessstand,
                   Clock uhr) {
    this.jdbc = jdbc;
    this.programmjahre = programmjahre;
    this.referenzdaten = referenzdaten;
    this.prozessstand = prozessstand;
    this.uhr = uhr;
  }

  /** Years with cases or an allocation, newest first. */
  public List<Integer> jahre() {
    TreeSet<Integer> jahre = new TreeSet<>(jdbc.sql("select distinct jahr from aqb_foerderfall").query(Integer.class).list());
    jahre.addAll(jdbc.sql("select distinct jahr from aqb_programmjahr where aktiv_jahr is not null").query(Integer.class).list());
    return new ArrayList<>(jahre.descendingSet());
  }

  public int standardjahr() {
    int heute = LocalDate.now(uhr).getYear();
    List<Integer> jahre = jahre();
    return jahre.contains(heute) || jahre.isEmpty() ? heute : jahre.get(0);
  }

  public Uebersicht fuer(int jahr) {
    Map<String, String> bezeichnung = new HashMap<>();
    referenzdaten.alle().forEach(g -> bezeichnung.put(g.kreisschluessel(), g.bezeichnung()));
    // the body's case of the year: the active or ended one, not a cancelled predecessor
    Map<String, String[]> fall = new TreeMap<>();
    jdbc.sql("select kreisschluessel, nummer, status from aqb_foerderfall where jahr = ? order by angelegt_am")
        .param(jahr).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()
        .forEach(r -> fall.merge(r[0], new String[] {r[1], r[2]}, (alt, neu) -> Fallregister.STORNIERT.equals(neu[1]) ? alt : neu));
    Map<String, Long> zuteilung = new HashMap<>();
    long landesbudget = 0;
    var pj = programmjahre.imJahr(jahr);
    if (pj.isPresent()) {
      landesbudget = pj.get().landesbudgetCent();
      programmjahre.anteile(pj.get().id()).forEach(a -> zuteilung.put(a.kreisschluessel(), a.betragCent()));
    }
    Map<String, Long> zv = summe("""
        select f.kreisschluessel, sum(z.budget_cent) from aqb_zielvereinbarung z join aqb_foerderfall f on f.nummer = z.foerderfall_nummer
        where f.jahr = ? and z.status <> 'STORNIERT' and z.budget_cent is not null group by f.kreisschluessel""", jahr);
    Map<String, Long> bewilligt = summe("""
        select f.kreisschluessel, sum(b.betrag_cent) from aqb_bewilligung_buchung b join aqb_foerderfall f on f.nummer = b.foerderfall_nummer
        where f.jahr = ? group by f.kreisschluessel""", jahr);
    Map<String, Long> ausgezahlt = summe("""
        select f.kreisschluessel, sum(m.ausgezahlt_cent) from aqb_mittelabruf m join aqb_foerderfall f on f.nummer = m.foerderfall_nummer
        where f.jahr = ? group by f.kreisschluessel""", jahr);
    String letzteFassung = """
        from aqb_verwendungsnachweis v join aqb_foerderfall f on f.nummer = v.foerderfall_nummer
        where f.jahr = ? and v.anerkannt_cent is not null and v.fassung = (select max(v2.fassung) from aqb_verwendungsnachweis v2
          where v2.foerderfall_nummer = v.foerderfall_nummer and v2.anerkannt_cent is not null) group by f.kreisschluessel""";
    Map<String, Long> anerkannt = summe("select f.kreisschluessel, sum(v.anerkannt_cent) " + letzteFassung, jahr);
    Map<String, Long> zurueck = summe("select f.kreisschluessel, sum(coalesce(v.rueckforderung_cent, 0)) " + letzteFassung, jahr);
    Map<String, String> stufen = prozessstand.stufen(jahr);

    TreeSet<String> koerperschaften = new TreeSet<>(fall.keySet());
    koerperschaften.addAll(zuteilung.keySet());
    List<Budgetzeile> zeilen = new ArrayList<>();
    for (String ks : koerperschaften) {
      String[] f = fall.get(ks);
      String nummer = f == null ? "" : f[0];
      String stufe = f == null ? "noch nicht gestartet"
          : BEENDET.getOrDefault(f[1], stufen.getOrDefault(nummer, "Zielvereinbarung"));
      zeilen.add(new Budgetzeile(ks, bezeichnung.getOrDefault(ks, ks), nummer, stufe, zuteilung.getOrDefault(ks, 0L),
          zv.getOrDefault(ks, 0L), bewilligt.getOrDefault(ks, 0L), ausgezahlt.getOrDefault(ks, 0L),
          anerkannt.getOrDefault(ks, 0L), zurueck.getOrDefault(ks, 0L)));
    }
    LocalDate heute = LocalDate.now(uhr);
    List<Uebersicht.Frist> faellig = prozessstand.faelligBis(jahr, heute.plusDays(30));
    return new Uebersicht(jahr, jahre(), landesbudget, zeilen, Budgetzeile.summe(zeilen),
        faellig.stream().filter(t -> !t.faellig().isBefore(heute)).toList(),
        faellig.stream().filter(t -> t.faellig().isBefore(heute)).toList(),
        prozessstand.stoerungen(jahr));
  }

  private Map<String, Long> summe(String sql, int jahr) {
    Map<String, Long> werte = new HashMap<>();
    jdbc.sql(sql).param(jahr).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
        .forEach(e -> werte.put(e.getKey(), e.getValue()));
    return werte;
  }

  /** Whether the body with this group may be shown (used by the web adapter for a body's clerk). */
  public static String kreisschluesselDerGruppe(String gruppe) {
    String praefix = Gebietskoerperschaft.gruppenIdFuer("");
    return gruppe != null && gruppe.startsWith(praefix) ? gruppe.substring(praefix.length()) : null;
  }
}
