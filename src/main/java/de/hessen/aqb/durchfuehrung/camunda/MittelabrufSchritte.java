package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.durchfuehrung.DurchfuehrungEigenschaften;
import de.hessen.aqb.durchfuehrung.DurchfuehrungMails;
import de.hessen.aqb.durchfuehrung.domain.Entscheidung;
import de.hessen.aqb.durchfuehrung.domain.Mittelabruf;
import de.hessen.aqb.durchfuehrung.domain.MittelabrufRegeln;
import de.hessen.aqb.durchfuehrung.domain.Mittelstand;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.referenz.Gebietskoerperschaft;
import de.hessen.aqb.gemeinsam.Geld;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Thin adapters of the Durchführung: read the variables, apply {@link MittelabrufRegeln}, record in the ledger
 * ({@link Mittelabrufe}), write the results back for the forms and the gateways.
 */
@Configuration
class MittelabrufSchritte {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final Foerderbudget budget;
  private final Mittelabrufe mittelabrufe;

  MittelabrufSchritte(Foerderbudget budget, Mittelabrufe mittelabrufe) {
    this.budget = budget;
    this.mittelabrufe = mittelabrufe;
  }

  /** Request period from the Bescheid: until the end of the Bewilligungszeitraum plus the configured run-out. */
  @Bean("durchfuehrungVorbereiten")
  JavaDelegate vorbereiten(DurchfuehrungEigenschaften eigenschaften) {
    return execution -> {
      LocalDate bis = BEWILLIGUNG_BIS.von(execution);
      if (bis == null) {
        throw new IllegalStateException("Der Förderfall " + FOERDERFALL_NUMMER.von(execution) + " hat kein Ende des "
            + "Bewilligungszeitraums (bewilligungBis).");
      }
      LocalDate letzterTag = MittelabrufRegeln.letzterAbruftag(bis, LocalDate.now(BERLIN), eigenschaften.abrufNachlauf());
      ABRUFSCHLUSS.setze(execution, letzterTag.plusDays(1).atStartOfDay().toString());
      ABRUFSCHLUSS_ANZEIGE.setze(execution, TT_MM_JJJJ.format(letzterTag));
      zeigeStand(execution);
    };
  }

  /** Each new request starts empty and shows where the money stands now. */
  @Bean("mittelabrufVorbereiten")
  TaskListener mittelabrufVorbereiten() {
    return aufgabe -> {
      for (ProzessVariable<?> eingabe : new ProzessVariable<?>[] {MITTELABRUF_AKTION, MITTELABRUF_BETRAG, MITTELABRUF_BEDARF_BIS,
          MITTELABRUF_ZWECK}) {
        eingabe.setze(aufgabe, null);
      }
      zeigeStand(aufgabe);
    };
  }

  @Bean("mittelabrufStellen")
  TaskListener mittelabrufStellen(DurchfuehrungEigenschaften eigenschaften, Bearbeiter bearbeiter) {
    return aufgabe -> {
      String aktion = MITTELABRUF_AKTION.von(aufgabe);
      if ("abschliessen".equals(aktion)) {
        return;
      }
      if (!"abrufen".equals(aktion)) {
        throw new UngueltigeEingabe("Bitte wählen: Mittel abrufen oder die Durchführung abschließen.");
      }
      String nummer = FOERDERFALL_NUMMER.von(aufgabe);
      Mittelabruf abruf = MittelabrufRegeln.pruefeAbruf(MITTELABRUF_BETRAG.von(aufgabe), MITTELABRUF_BEDARF_BIS.von(aufgabe),
          MITTELABRUF_ZWECK.von(aufgabe), stand(nummer), LocalDate.now(BERLIN), eigenschaften.bedarfszeitraum());
      String von = bearbeiter.von(aufgabe);
      int abrufNummer = mittelabrufe.naechsteNummer(nummer);
      mittelabrufe.erfasse(nummer, abrufNummer, abruf.betragCent(), abruf.bedarfBis(), abruf.verwendungszweck(), von);
      MITTELABRUF_NUMMER.setze(aufgabe, abrufNummer);
      MITTELABRUF_CENT.setze(aufgabe, abruf.betragCent());
      MITTELABRUF_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(abruf.betragCent()));
      MITTELABRUF_BEDARF_ANZEIGE.setze(aufgabe, TT_MM_JJJJ.format(abruf.bedarfBis()));
      MITTELABRUF_ZWECK.setze(aufgabe, abruf.verwendungszweck());
      MITTELABRUF_VON.setze(aufgabe, von);
      for (ProzessVariable<?> entscheidung : new ProzessVariable<?>[] {ENTSCHEIDUNG, AUSZAHLUNG_BETRAG, BEGRUENDUNG}) {
        entscheidung.setze(aufgabe, null);
      }
      zeigeStand(aufgabe);
    };
  }

  @Bean("mittelabrufEntscheiden")
  TaskListener mittelabrufEntscheiden(Bearbeiter bearbeiter) {
    return aufgabe -> {
      Entscheidung entscheidung = MittelabrufRegeln.pruefeEntscheidung(ENTSCHEIDUNG.von(aufgabe), AUSZAHLUNG_BETRAG.von(aufgabe),
          BEGRUENDUNG.von(aufgabe), MITTELABRUF_CENT.von(aufgabe));
      ENTSCHEIDUNG_ART.setze(aufgabe, entscheidung.art().name());
      AUSZAHLUNG_CENT.setze(aufgabe, entscheidung.auszahlungCent());
      BEGRUENDUNG.setze(aufgabe, entscheidung.begruendung());
      GEPRUEFT_VON.setze(aufgabe, bearbeiter.von(aufgabe));
    };
  }

  /** Books the decision (idempotent) and refreshes what is still available for the gateway. */
  @Bean("mittelabrufBuchen")
  JavaDelegate mittelabrufBuchen() {
    return execution -> {
      Entscheidung.Art art = Entscheidung.Art.valueOf(ENTSCHEIDUNG_ART.von(execution));
      Mittelabrufe.Status status = switch (art) {
        case AUSZAHLEN -> Mittelabrufe.Status.AUSGEZAHLT;
        case KUERZEN -> Mittelabrufe.Status.GEKUERZT;
        case ABLEHNEN -> Mittelabrufe.Status.ABGELEHNT;
      };
      mittelabrufe.entscheide(FOERDERFALL_NUMMER.von(execution), MITTELABRUF_NUMMER.von(execution), status,
          AUSZAHLUNG_CENT.von(execution), GEPRUEFT_VON.von(execution), BEGRUENDUNG.von(execution));
      zeigeStand(execution);
    };
  }

  @Bean("mittelabrufMitteilen")
  JavaDelegate mittelabrufMitteilen(DurchfuehrungMails mails) {
    return execution -> {
      Entscheidung.Art art = Entscheidung.Art.valueOf(ENTSCHEIDUNG_ART.von(execution));
      long ausgezahlt = AUSZAHLUNG_CENT.von(execution);
      mails.entscheidungMitteilen(fall(execution), new DurchfuehrungMails.Entscheidung(MITTELABRUF_NUMMER.von(execution),
          MITTELABRUF_ANZEIGE.von(execution), Geld.alsWaehrung(ausgezahlt), art.text(), BEGRUENDUNG.von(execution),
          VERFUEGBAR_ANZEIGE.von(execution), ausgezahlt > 0));
    };
  }

  private Mittelstand stand(String foerderfallNummer) {
    return new Mittelstand(budget.summeBewilligtCent(foerderfallNummer), mittelabrufe.summeAusgezahltCent(foerderfallNummer),
        mittelabrufe.summeOffenCent(foerderfallNummer));
  }

  private void zeigeStand(VariableScope scope) {
    String nummer = FOERDERFALL_NUMMER.von(scope);
    Mittelstand stand = stand(nummer);
    BEWILLIGT_ANZEIGE.setze(scope, Geld.alsWaehrung(stand.bewilligtCent()));
    AUSGEZAHLT_ANZEIGE.setze(scope, Geld.alsWaehrung(stand.ausgezahltCent()));
    VERFUEGBAR_ANZEIGE.setze(scope, Geld.alsWaehrung(stand.verfuegbarCent()));
    VERFUEGBAR_CENT.setze(scope, stand.verfuegbarCent());
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    for (Mittelabrufe.Mittelabruf a : mittelabrufe.alle(nummer)) {
      ObjectNode z = liste.addObject();
      z.put("nummer", a.nummer());
      z.put("datum", TT_MM_JJJJ.format(a.angefordertAm().atZone(BERLIN)));
      z.put("angefordert", Geld.alsWaehrung(a.angefordertCent()));
      z.put("benoetigtBis", TT_MM_JJJJ.format(a.bedarfBis()));
      z.put("ausgezahlt", a.status() == Mittelabrufe.Status.OFFEN ? "" : Geld.alsWaehrung(a.ausgezahltCent()));
      z.put("status", switch (a.status()) {
        case OFFEN -> "in Prüfung";
        case AUSGEZAHLT -> "ausgezahlt";
        case GEKUERZT -> "gekürzt ausgezahlt";
        case ABGELEHNT -> "abgelehnt";
      });
    }
    scope.setVariable(MITTELABRUFE.name(), ProzessVariable.alsJson(liste));
  }

  static DurchfuehrungMails.Fall fall(DelegateExecution execution) {
    return new DurchfuehrungMails.Fall(FOERDERFALL_NUMMER.von(execution), JAHR.von(execution),
        GEBIETSKOERPERSCHAFT_NAME.von(execution), Gebietskoerperschaft.gruppenIdFuer(GEBIETSKOERPERSCHAFT.von(execution)),
        BESCHEID_AKTENZEICHEN.von(execution));
  }
}
