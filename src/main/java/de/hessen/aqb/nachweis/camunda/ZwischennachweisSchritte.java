package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.ZwischennachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.ZwischennachweisEinreichung;
import de.hessen.aqb.nachweis.ZwischennachweisMails;
import de.hessen.aqb.nachweis.ZwischennachweisPlanung;
import de.hessen.aqb.plattform.DokumentLinks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Zwischennachweis vorbereiten" (what the body's task shows), the download link of the Belegliste, and the reminders. */
@Configuration
class ZwischennachweisSchritte {

  private final Faelle faelle;
  private final ZwischennachweisPlanung planung;

  ZwischennachweisSchritte(Faelle faelle, ZwischennachweisPlanung planung) {
    this.faelle = faelle;
    this.planung = planung;
  }

  @Bean("zwischennachweisVorbereiten")
  JavaDelegate vorbereiten(ZwischennachweisEinreichung einreichung) {
    return execution -> {
      var v = einreichung.bereiteVor(faelle.kopf(execution).nummer(), planung.jahrDerInstanz(execution.getProcessInstanceId()));
      HAUSHALTSJAHR.setze(execution, v.jahr());
      BESCHEID_AKTENZEICHEN.setze(execution, v.aktenzeichen());
      ZEITRAUM_ANZEIGE.setze(execution, v.erster().format(TT_MM_JJJJ) + " bis " + v.letzter().format(TT_MM_JJJJ));
      FRIST_ANZEIGE.setze(execution, v.frist().format(TT_MM_JJJJ));
      GEPLANT_ANZEIGE.setze(execution, Geld.alsWaehrung(v.plan().stream().mapToLong(p -> p.geplantCent()).sum()));
      ZAHLEN.setze(execution, ZwischennachweisAnzeige.zahlen(v.plan(), false));
    };
  }

  @Bean("zwischennachweisBeleglisteLink")
  TaskListener beleglisteLink() {
    return aufgabe -> aufgabe.setVariableLocal(BELEGLISTE_LINK.name(), DokumentLinks.link(aufgabe.getId(), BELEGLISTE_EINGEREICHT.name()));
  }

  @Bean("zwischennachweisErinnern")
  JavaDelegate erinnern(ZwischennachweisMails mails, TaskService taskService) {
    return execution -> {
      var offen = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey("Task_ErstelleZwischennachweis").listPage(0, 1).stream().findFirst().orElse(null);
      mails.erinnere(faelle.kopf(execution), planung.jahrDerInstanz(execution.getProcessInstanceId()), ANLASS.von(execution),
          offen == null ? null : offen.getId());
    };
  }
}
