package de.hessen.aqb.nachweis;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The RP's steps on the newest Fassung of a Verwendungsnachweis (aqb_verwendungsnachweis, aqb_vn_position,
 * aqb_vn_nachforderung): who confirmed "sachlich richtig", every Nachforderung with its deadline, what the second clerk
 * recognised, and the result. Written only by the stage's services, from validated inputs and the logged-in user.
 */
@Repository
public class NachweisPruefungen {

  /** One Nachforderung of the RP: round, text, deadline, who and when. */
  public record Nachforderung(int runde, int fassung, String text, LocalDate frist, String von, LocalDateTime am) {}

  /** The result of the newest Fassung as the Schlussbescheid and the mails print it. */
  public record Ergebnis(long ausgezahltCent, long anerkanntCent, long rueckforderungCent, long zinsenCent, LocalDate zinsenVon,
      LocalDate zinsenBis, LocalDate faelligAm, LocalDate bescheidDatum, long zinsenAbs4Cent, String zinsWarnung) {

    /** What the Schlussbescheid claims: Rückforderung, its interest (Abs. 3) and interest on money used late (Abs. 4). */
    public long forderungCent() {
      return rueckforderungCent + zinsenCent + zinsenAbs4Cent;
    }
  }

  /** Recognised amount and reason (null when nothing was cut) of one measure. */
  public record Anerkannt(long cent, String grund) {}

  private final JdbcClient jdbc;
  private final Verwendungsnachweise verwendungsnachweise;
  private final Clock uhr;

  NachweisPruefungen(JdbcClient jdbc, Verwendungsnachweise verwendungsnachweise, Clock uhr) {
    this.jdbc = jdbc;
    this.verwendungsnachweise = verwendungsnachweise;
    this.uhr = uhr;
  }

  public void sachlichGeprueft(String nummer, String von) {
    jdbc.sql("""
        update aqb_verwendungsnachweis set sachlich_geprueft_von = ?, sachlich_geprueft_am = ?
        where foerderfall_nummer = ? and fassung = ?""")
        .params(von, Timestamp.from(Instant.now(uhr)), nummer, verwendungsnachweise.neuesteFassung(nummer)).update();
  }

  /** Who confirmed the newest Fassung "sachlich richtig" (or asked for more), null before. */
  public String sachlichGeprueftVon(String nummer) {
    return spalte(nummer, "sachlich_geprueft_von");
  }

  public String rechnerischGeprueftVon(String nummer) {
    return spalte(nummer, "rechnerisch_geprueft_von");
  }

  public int nachfordern(String nummer, String text, LocalDate frist, String von) {
    int runde = nachforderungen(nummer).size() + 1;
    jdbc.sql("""
        insert into aqb_vn_nachforderung (foerderfall_nummer, runde, fassung, text, frist, von, am) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(nummer, runde, verwendungsnachweise.neuesteFassung(nummer), text, Date.valueOf(frist), von,
            Timestamp.from(Instant.now(uhr)))
        .update();
    return runde;
  }

  public List<Nachforderung> nachforderungen(String nummer) {
    return jdbc.sql("select runde, fassung, text, frist, von, am from aqb_vn_nachforderung where foerderfall_nummer = ? order by runde")
        .param(nummer)
        .query((rs, i) -> new Nachforderung(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getDate(4).toLocalDate(),
            rs.getString(5), rs.getTimestamp(6).toLocalDateTime()))
        .list();
  }

  /** Records what the second clerk recognised per measure, on the newest Fassung. */
  public void anerkennen(String nummer, String von, Map<String, Anerkannt> jeMassnahme) {
    int fassung = verwendungsnachweise.neuesteFassung(nummer);
    jeMassnahme.forEach((id, a) -> jdbc.sql("""
        update aqb_vn_position set anerkannt_cent = ?, kuerzungsgrund = ? where foerderfall_nummer = ? and fassung = ? and massnahme_id = ?""")
        .params(a.cent(), a.grund(), nummer, fassung, id).update());
    jdbc.sql("""
        update aqb_verwendungsnachweis set rechnerisch_geprueft_von = ?, rechnerisch_geprueft_am = ?, anerkannt_cent = ?
        where foerderfall_nummer = ? and fassung = ?""")
        .params(von, Timestamp.from(Instant.now(uhr)), jeMassnahme.values().stream().mapToLong(Anerkannt::cent).sum(), nummer, fassung)
        .update();
  }

  /** Records the result on the newest Fassung. Idempotent: a retried step writes the same values again. */
  public void speichereErgebnis(String nummer, Ergebnis e) {
    jdbc.sql("""
        update aqb_verwendungsnachweis set ausgezahlt_cent = ?, anerkannt_cent = ?, rueckforderung_cent = ?, zinsen_cent = ?,
          zinsen_von = ?, zinsen_bis = ?, rueckforderung_faellig = ?, schlussbescheid_datum = ?, geprueft_am = ?,
          zinsen_abs4_cent = ?, zins_warnung = ?
        where foerderfall_nummer = ? and fassung = ?""")
        .params(e.ausgezahltCent(), e.anerkanntCent(), e.rueckforderungCent(), e.zinsenCent(), Date.valueOf(e.zinsenVon()),
            Date.valueOf(e.zinsenBis()), Date.valueOf(e.faelligAm()), Date.valueOf(e.bescheidDatum()), Timestamp.from(Instant.now(uhr)),
            e.zinsenAbs4Cent(), e.zinsWarnung(),
            nummer, verwendungsnachweise.neuesteFassung(nummer))
        .update();
  }

  public Optional<Ergebnis> ergebnis(String nummer) {
    return jdbc.sql("""
        select ausgezahlt_cent, anerkannt_cent, rueckforderung_cent, zinsen_cent, zinsen_von, zinsen_bis, rueckforderung_faellig,
          schlussbescheid_datum, coalesce(zinsen_abs4_cent, 0), zins_warnung from aqb_verwendungsnachweis where foerderfall_nummer = ? and fassung = ? and rueckforderung_cent is not null""")
        .params(nummer, verwendungsnachweise.neuesteFassung(nummer))
        .query((rs, i) -> new Ergebnis(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDate(5).toLocalDate(),
            rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), rs.getLong(9), rs.getString(10)))
        .optional();
  }

  public void speichereSchlussbescheid(String nummer, byte[] pdf) {
    jdbc.sql("update aqb_verwendungsnachweis set schlussbescheid_pdf = ? where foerderfall_nummer = ? and fassung = ?")
        .params(pdf, nummer, verwendungsnachweise.neuesteFassung(nummer)).update();
  }

  public Optional<byte[]> schlussbescheid(String nummer) {
    return jdbc.sql("select schlussbescheid_pdf from aqb_verwendungsnachweis where foerderfall_nummer = ? and fassung = ?")
        .params(nummer, verwendungsnachweise.neuesteFassung(nummer)).query((rs, i) -> rs.getBytes(1)).list().stream()
        .filter(java.util.Objects::nonNull).findFirst();
  }

  private String spalte(String nummer, String spalte) {
    return jdbc.sql("select " + spalte + " from aqb_verwendungsnachweis where foerderfall_nummer = ? and fassung = ?")
        .params(nummer, verwendungsnachweise.neuesteFassung(nummer)).query(String.class).list().stream()
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }
}
