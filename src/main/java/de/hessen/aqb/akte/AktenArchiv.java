package de.hessen.aqb.akte;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The frozen Akten of closed cases (table aqb_akte): written once, at the first download after the closing, and never
 * changed; two downloads at the same moment keep the first row.
 */
@Repository
class AktenArchiv {

  private final JdbcClient jdbc;
  private final Clock uhr;

  AktenArchiv(JdbcClient jdbc, Clock uhr) {
    this.jdbc = jdbc;
    this.uhr = uhr;
  }

  Optional<byte[]> gespeichert(String nummer) {
    return jdbc.sql("select zip from aqb_akte where foerderfall_nummer = ?").param(nummer).query(byte[].class).optional();
  }

  /** Stores the Akte unless one is stored already, and returns the stored bytes. */
  byte[] friere(String nummer, LocalDateTime stand, byte[] zip, String benutzer) {
    try {
      jdbc.sql("insert into aqb_akte (foerderfall_nummer, stand, erstellt_am, erstellt_von, sha256, zip) values (?, ?, ?, ?, ?, ?)")
          .params(nummer, Timestamp.valueOf(stand), Timestamp.from(uhr.instant()), benutzer, sha256(zip), zip).update();
      return zip;
    } catch (DuplicateKeyException schonGespeichert) {
      return gespeichert(nummer).orElseThrow();
    }
  }

  static String sha256(byte[] inhalt) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhalt));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
