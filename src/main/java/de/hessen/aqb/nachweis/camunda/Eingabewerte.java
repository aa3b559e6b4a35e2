package de.hessen.aqb.nachweis.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import de.hessen.aqb.nachweis.VerwendungsnachweisEinreichung.Datei;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.variable.value.FileValue;

/** Submitted values (already checked against the task's input contract) as the services read them. */
final class Eingabewerte {

  private Eingabewerte() {}

  /** The entries of a submitted list (a form sends a JSON array, possibly as text); empty when absent. */
  static List<JsonNode> eintraege(JsonNode liste) {
    return liste == null || !liste.isArray() ? List.of() : StreamSupport.stream(liste.spliterator(), false).toList();
  }

  /** An uploaded file as the service reads it; null when none was sent. */
  static Datei datei(FileValue datei) {
    if (datei == null) {
      return null;
    }
    try (InputStream in = datei.getValue()) {
      return new Datei(datei.getFilename(), datei.getMimeType(), in == null ? new byte[0] : in.readAllBytes());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
