package de.hessen.aqb.mail;

import de.hessen.aqb.fall.Fallkopf;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends a {@link Mail} as multipart HTML + plain text. Called only from asynchronous service tasks,
 * after a save point: a failure throws, the job is retried and ends as an incident in Cockpit. Every mail belongs to a
 * case and is recorded in its mail log once delivered (ADR 14).
 */
@Service
public class MailVersand {

  private static final Logger LOG = LoggerFactory.getLogger(MailVersand.class);
  private static final Locale DEUTSCH = Locale.GERMANY;

  private final JavaMailSender mailSender;
  private final MailVorlagen vorlagen;
  private final MailEigenschaften eigenschaften;

  private final java.time.Clock uhr;
  private final MailProtokoll protokoll;

  MailVersand(JavaMailSender mailSender, MailVorlagen vorlagen, MailEigenschaften eigenschaften, java.time.Clock uhr,
      MailProtokoll protokoll) {
    this.uhr = uhr;
    this.protokoll = protokoll;
    this.mailSender = mailSender;
    this.vorlagen = vorlagen;
    this.eigenschaften = eigenschaften;
  }

  /** Sends the mail of the case {@code fall} and records it in the case's mail log ({@link MailProtokoll}). */
  public void sende(Fallkopf fall, Mail mail) {
    if (mail.an().isEmpty()) {
      throw new IllegalStateException("Mail „" + mail.betreff() + "“ hat keine Empfänger: "
          + "den Benutzerprofilen der zuständigen Gruppe fehlen E-Mail-Adressen.");
    }
    try {
      MimeMessage nachricht = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(nachricht, true, "UTF-8");
      helper.setFrom(eigenschaften.absender());
      helper.setTo(mail.an().toArray(String[]::new));
      helper.setSubject(mail.betreff());
      String text = vorlagen.text(mail.vorlage(), mail.modell());
      helper.setText(text, vorlagen.html(mail.vorlage(), mail.modell()));
      for (Mail.Anhang anhang : mail.anhaenge()) {
        helper.addAttachment(anhang.dateiname(), new ByteArrayResource(anhang.inhalt()), anhang.mimeType());
      }
      zustellen(nachricht);
      protokoll.protokolliere(fall, mail, text);
      // ids and counts only: no names or addresses in the log
      LOG.info("Mail versendet vorlage={} empfaenger={} anhaenge={}", mail.vorlage(), mail.an().size(),
          mail.anhaenge().size());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Mail „" + mail.betreff() + "“ konnte nicht erstellt werden: " + e.getMessage(), e);
    }
  }

  private void zustellen(MimeMessage nachricht) throws MessagingException, IOException {
    String ablage = eigenschaften.ablageVerzeichnis();
    if (ablage == null || ablage.isBlank()) {
      mailSender.send(nachricht);
      return;
    }
    Path verzeichnis = Path.of(ablage);
    Files.createDirectories(verzeichnis);
    String name = LocalDateTime.now(uhr).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", DEUTSCH))
        + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
    try (OutputStream out = Files.newOutputStream(verzeichnis.resolve(name))) {
      nachricht.writeTo(out);
    }
  }
}
