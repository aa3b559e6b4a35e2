package de.hessen.aqb.aenderungsantrag;

import de.hessen.aqb.aenderungsantrag.domain.Aenderung;
import de.hessen.aqb.aenderungsantrag.domain.Einstufung;
import de.hessen.aqb.aenderungsantrag.domain.Entscheidung;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every Änderungsantrag of a case (aqb_aenderung, aqb_aenderung_posten): who asked when for what and why, how it was
 * classified, who drafted, who released, what was decided, under which Aktenzeichen it was issued, and its letter.
 */
@Repository
public class Aenderungen {

  /** Where a request stands. */
  public enum Status { GESTELLT, ENTWORFEN, ZURUECKGEGEBEN, FREIGEGEBEN, ZUR_KENNTNIS, NACHPRUEFUNG, ERLASSEN, ABGELEHNT }

  /** One stored request; {@code entschieden} holds the decided amount per measure once decided. */
  public record Vorgang(int nummer, Einstufung art, Status status, Aenderung aenderung, String gestelltVon,
      Instant gestelltAm, Entscheidung.Art entscheidung, String entscheidungBegruendung, Map<String, Long> entschieden,
      String verfasser, String freigabeBemerkung, String freigabeVon, String aktenzeichen, Instant erlassenAm) {

    /** The change as decided (the request with the decided amounts; a refusal keeps the end of the period). */
    public Aenderung entschiedeneAenderung() {
      Aenderung a = aenderung.mitBetraegen(entschieden);
      return entscheidung == Entscheidung.Art.ABGELEHNT ? new Aenderung(a.posten(), a.bisherigesEnde(), null, a.begruendung()) : a;
    }
  }

  private final JdbcClient jdbc;

  Aenderungen(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  int naechsteNummer(String fall) {
    return jdbc.sql("select coalesce(max(nummer), 0) + 1 from aqb_aenderung where foerderfall_nummer = ?").param(fall)
        .query(Integer.class).single();
  }

  void lege(String fall, int nummer, Einstufung art, Aenderung a, String von, Instant am) {
    jdbc.sql("""
        insert into aqb_aenderung (foerderfall_nummer, nummer, art, status, begruendung, bisheriges_ende, beantragtes_ende,
          gestellt_von, gestellt_am) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(fall, nummer, art.name(), Status.GESTELLT.name(), a.begruendung(), Date.valueOf(a.bisherigesEnde()),
            a.neuesEnde() == null ? null : Date.valueOf(a.neuesEnde()), von, Timestamp.from(am)).update();
    for (Aenderung.Posten p : a.posten()) {
      jdbc.sql("""
          insert into aqb_aenderung_posten (foerderfall_nummer, nummer, massnahme_id, massnahme_name, massnahmenart, traeger_id,
            traeger_name, neu, entfaellt, traeger_geaendert, bisher_cent, beantragt_cent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(fall, nummer, p.id(), p.name(), p.art(), p.traegerId(), p.traegerName(), p.neu(), p.entfaellt(),
              p.traegerGeaendert(), p.bisherCent(), p.neuCent()).update();
    }
  }

  /** Records a decision (draft or acknowledgement): the amounts, the reasons and who made it. */
  void entscheide(String fall, int nummer, Status status, Entscheidung e, String verfasser, Instant am) {
    jdbc.sql("""
        update aqb_aenderung set status = ?, entscheidung = ?, entscheidung_begruendung = ?, verfasser = ?, entworfen_am = ?,
          freigabe_entscheidung = null, freigabe_von = null, freigabe_am = null where foerderfall_nummer = ? and nummer = ?""")
        .params(status.name(), e.art().name(), e.begruendung(), verfasser, Timestamp.from(am), fall, nummer).update();
    e.betraege().forEach((id, cent) -> jdbc.sql(
        "update aqb_aenderung_posten set entschieden_cent = ? where foerderfall_nummer = ? and nummer = ? and massnahme_id = ?")
        .params(cent, fall, nummer, id).update());
  }

  void gibFrei(String fall, int nummer, Status status, String entscheidung, String bemerkung, String von, Instant am) {
    jdbc.sql("""
        update aqb_aenderung set status = ?, freigabe_entscheidung = ?, freigabe_bemerkung = ?, freigabe_von = ?, freigabe_am = ?
        where foerderfall_nummer = ? and nummer = ?""")
        .params(status.name(), entscheidung, bemerkung, von, Timestamp.from(am), fall, nummer).update();
  }

  void setzeStatus(String fall, int nummer, Status status) {
    jdbc.sql("update aqb_aenderung set status = ? where foerderfall_nummer = ? and nummer = ?")
        .params(status.name(), fall, nummer).update();
  }

  void erlasse(String fall, int nummer, Status status, String aktenzeichen, byte[] pdf, Instant am) {
    jdbc.sql("update aqb_aenderung set status = ?, aktenzeichen = ?, pdf = ?, erlassen_am = ? where foerderfall_nummer = ? and nummer = ?")
        .params(status.name(), aktenzeichen, pdf, Timestamp.from(am), fall, nummer).update();
  }

  public Optional<byte[]> pdf(String fall, int nummer) {
    return jdbc.sql("select pdf from aqb_aenderung where foerderfall_nummer = ? and nummer = ? and pdf is not null")
        .params(fall, nummer).query((rs, i) -> rs.getBytes(1)).optional();
  }

  /** Providers after the issued changes, by measure id (added measures and changed providers). */
  Map<String, String> geaenderteTraeger(String fall) {
    Map<String, String> traeger = new LinkedHashMap<>();
    jdbc.sql("""
        select p.massnahme_id, p.traeger_name from aqb_aenderung_posten p join aqb_aenderung a
          on a.foerderfall_nummer = p.foerderfall_nummer and a.nummer = p.nummer
        where p.foerderfall_nummer = ? and a.status = 'ERLASSEN' and (p.neu or p.traeger_geaendert) order by a.nummer""")
        .param(fall).query((rs, i) -> traeger.put(rs.getString(1), rs.getString(2))).list();
    return traeger;
  }

  public Vorgang vorgang(String fall, int nummer) {
    List<Aenderung.Posten> posten = new java.util.ArrayList<>();
    Map<String, Long> entschieden = new LinkedHashMap<>();
    jdbc.sql("""
        select massnahme_id, massnahme_name, massnahmenart, traeger_id, traeger_name, neu, entfaellt, traeger_geaendert,
          bisher_cent, beantragt_cent, entschieden_cent from aqb_aenderung_posten where foerderfall_nummer = ? and nummer = ?
        order by neu, massnahme_id""")
        .params(fall, nummer).query((rs, i) -> {
          posten.add(new Aenderung.Posten(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
              rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getLong(9), rs.getLong(10)));
          if (rs.getObject(11) != null) {
            entschieden.put(rs.getString(1), rs.getLong(11));
          }
          return null;
        }).list();
    return jdbc.sql("""
        select art, status, begruendung, bisheriges_ende, beantragtes_ende, gestellt_von, gestellt_am, entscheidung,
          entscheidung_begruendung, verfasser, freigabe_bemerkung, freigabe_von, aktenzeichen, erlassen_am
        from aqb_aenderung where foerderfall_nummer = ? and nummer = ?""")
        .params(fall, nummer).query((rs, i) -> new Vorgang(nummer, Einstufung.valueOf(rs.getString(1)),
            Status.valueOf(rs.getString(2)), new Aenderung(posten, rs.getDate(4).toLocalDate(),
                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(3)),
            rs.getString(6), rs.getTimestamp(7).toInstant(),
            rs.getString(8) == null ? null : Entscheidung.Art.valueOf(rs.getString(8)), rs.getString(9), entschieden,
            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
            rs.getTimestamp(14) == null ? null : rs.getTimestamp(14).toInstant()))
        .optional().orElseThrow(() -> new IllegalStateException("Änderungsantrag " + nummer + " des Förderfalls " + fall + " fehlt."));
  }
}
