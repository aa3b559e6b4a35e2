package de.hessen.aqb.altvereinbarung;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A text file as the API and the upload take it: UTF-8 only (a byte-order mark is allowed), nothing binary. */
final class Textdatei {

  private Textdatei() {}

  static String utf8(byte[] inhalt) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhalt)).toString();
      if (text.indexOf('\0') >= 0) {
        throw new CharacterCodingException();
      }
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new UngueltigeEingabe("Die Datei ist kein Text in UTF-8. Bitte den OCR-Text als UTF-8 oder ein PDF mit "
          + "Textebene hochladen. Es wurde nichts gespeichert.");
    }
  }
}
