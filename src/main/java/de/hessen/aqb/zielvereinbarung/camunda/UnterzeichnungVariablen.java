package de.hessen.aqb.zielvereinbarung.camunda;

import static de.hessen.aqb.plattform.ProzessVariable.datei;
import static de.hessen.aqb.plattform.ProzessVariable.datum;
import static de.hessen.aqb.plattform.ProzessVariable.text;

import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.zielvereinbarung.domain.Partei;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/** The variables of the two signatures (one set per party) and the mail steps' model parameters. */
public final class UnterzeichnungVariablen {

  // input parameters of the mail steps (model constants): "ministerium"/"gebietskoerperschaft", also "pruefung"
  public static final ProzessVariable<String> PARTEI = text("partei");
  public static final ProzessVariable<String> ANLASS = text("anlass");

  public static ProzessVariable<String> ort(Partei partei) {
    return text(prefix(partei) + "Ort");
  }
  public static ProzessVariable<LocalDate> datumDerUnterzeichnung(Partei partei) {
    return datum(prefix(partei) + "Datum");
  }
  /** "6.8.2025" for the next signing form. */
  public static ProzessVariable<String> datumAnzeige(Partei partei) {
    return text(prefix(partei) + "DatumAnzeige");
  }
  public static ProzessVariable<FileValue> scan(Partei partei) {
    return datei(prefix(partei) + "Scan");
  }
  static String prefix(Partei partei) {
    return partei == Partei.MINISTERIUM ? "unterzeichnungMinisterium" : "unterzeichnungGebietskoerperschaft";
  }

  private UnterzeichnungVariablen() {}
}
