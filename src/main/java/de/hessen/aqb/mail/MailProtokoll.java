package de.hessen.aqb.mail;

import de.hessen.aqb.fall.Fallkopf;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log of mails sent (table aqb_mail_protokoll): one row per mail that left the application, with the case, its
 * tenant, time, recipients, subject, text body and the names of the attachments. Written by {@link MailVersand} after the
 * delivery, in a transaction of its own, so that a job that fails later (and is retried) still leaves the record of the
 * mail it did send. Read by the case file (Akte).
 */
@Repository
public class MailProtokoll {

  private final JdbcClient jdbc;
  private final Clock uhr;
  private final TransactionTemplate eigeneTransaktion;

  MailProtokoll(JdbcClient jdbc, Clock uhr, PlatformTransactionManager transaktionen) {
    this.jdbc = jdbc;
    this.uhr = uhr;
    this.eigeneTransaktion = new TransactionTemplate(transaktionen);
    this.eigeneTransaktion.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** One mail sent; {@code empfaenger} and {@code anhaenge} in the order of the mail. */
  public record Eintrag(long id, String foerderfallNummer, String mandant, LocalDateTime gesendetAm, String vorlage,
      List<String> empfaenger, String betreff, String text, List<String> anhaenge) {}

  void protokolliere(Fallkopf fall, Mail mail, String text) {
    eigeneTransaktion.executeWithoutResult(status -> jdbc.sql("""
        insert into aqb_mail_protokoll (foerderfall_nummer, mandant, gesendet_am, vorlage, empfaenger, betreff, text, anhaenge)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(fall.nummer(), fall.tenantId(), Timestamp.from(uhr.instant()), mail.vorlage(), String.join("\n", mail.an()),
            mail.betreff(), text, String.join("\n", mail.anhaenge().stream().map(Mail.Anhang::dateiname).toList()))
        .update());
  }

  /** The mails of a case in the order they were sent. */
  public List<Eintrag> desFalls(String foerderfallNummer) {
    return jdbc.sql("""
        select id, foerderfall_nummer, mandant, gesendet_am, vorlage, empfaenger, betreff, text, anhaenge
        from aqb_mail_protokoll where foerderfall_nummer = ? order by gesendet_am, id""")
        .param(foerderfallNummer)
        .query((rs, i) -> new Eintrag(rs.getLong("id"), rs.getString("foerderfall_nummer"), rs.getString("mandant"),
            rs.getTimestamp("gesendet_am").toLocalDateTime(), rs.getString("vorlage"), zeilen(rs.getString("empfaenger")),
            rs.getString("betreff"), rs.getString("text"), zeilen(rs.getString("anhaenge"))))
        .list();
  }

  private static List<String> zeilen(String wert) {
    return wert == null || wert.isEmpty() ? List.of() : Arrays.asList(wert.split("\n"));
  }
}
