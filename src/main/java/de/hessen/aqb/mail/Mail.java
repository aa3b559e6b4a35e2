package de.hessen.aqb.mail;

import java.util.List;
import java.util.Map;

/**
 * One mail to send: recipients, subject, the template (rendered as {@code templates/mail/<vorlage>.html}
 * and {@code .txt}) with its model, and attachments.
 */
public record Mail(List<String> an, String betreff, String vorlage, Map<String, Object> modell, List<Anhang> anhaenge) {

  public Mail {
    an = List.copyOf(an);
    modell = Map.copyOf(modell);
    anhaenge = List.copyOf(anhaenge);
  }

  /** A file attached to a mail. */
  public record Anhang(String dateiname, String mimeType, byte[] inhalt) {}
}
