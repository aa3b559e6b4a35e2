package de.hessen.aqb.akte.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the case file as a reproducible ZIP: entries sorted by path, every entry with the same local time (the case's
 * last change, {@code stand}), fixed compression level, no comment and no extra fields. The same files and the same
 * {@code stand} give the same bytes, whenever and wherever they are written.
 */
public final class AktenZip {

  private AktenZip() {}

  public static byte[] schreibe(List<Aktenstueck> stuecke, LocalDateTime stand) {
    Set<String> pfade = new HashSet<>();
    for (Aktenstueck s : stuecke) {
      if (!pfade.add(s.pfad())) {
        throw new IllegalArgumentException("Die Akte enthält den Pfad " + s.pfad() + " zweimal.");
      }
    }
    // the DOS time of a ZIP entry has a two-second resolution: round down so the stored time is what was given
    LocalDateTime zeit = stand.withNano(0).withSecond(stand.getSecond() / 2 * 2);
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.DEFAULT_COMPRESSION);
      for (Aktenstueck s : stuecke.stream().sorted(Comparator.comparing(Aktenstueck::pfad)).toList()) {
        ZipEntry eintrag = new ZipEntry(s.pfad());
        eintrag.setTimeLocal(zeit);
        zip.putNextEntry(eintrag);
        zip.write(s.inhalt());
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Die Akte konnte nicht gepackt werden", e);
    }
  }
}
