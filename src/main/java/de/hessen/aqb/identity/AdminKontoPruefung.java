package de.hessen.aqb.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the engine with a missing or default admin password (production mode). Implemented
 * as an engine plugin so the check runs before the engine touches the database.
 */
@Component
class AdminKontoPruefung extends AbstractProcessEnginePlugin {

  private final AdminEigenschaften admin;

  AdminKontoPruefung(AdminEigenschaften admin) {
    this.admin = admin;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!admin.passwortPruefen()) {
      return;
    }
    String grund = AdminPasswortRegel.pruefe(admin.benutzer(), admin.passwort());
    if (grund != null) {
      throw new IllegalStateException("Start abgebrochen: " + grund
          + " Im Produktionsbetrieb muss ein eigenes, starkes Admin-Passwort gesetzt sein"
          + " (mindestens " + AdminPasswortRegel.MINDESTLAENGE + " Zeichen).");
    }
  }
}
