package de.hessen.aqb.foerderfall;

import java.util.HashMap;
import java.util.Map;

/** The command-line options of the benchmarks in bench/: {@code --name=value}, or {@code --name} for "true". */
final class BenchArgumente {

  private BenchArgumente() {}

  static Map<String, String> lies(String[] args) {
    Map<String, String> optionen = new HashMap<>();
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      optionen.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    return optionen;
  }
}
