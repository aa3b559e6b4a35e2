package de.hessen.aqb.foerderfall;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.zielvereinbarung.Zielvereinbarungen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use case "Förderfall stornieren": the case is marked cancelled with the reason the ministry gave in its agreement. */
@Service
public class FoerderfallStornierung {

  private final Fallregister register;
  private final Zielvereinbarungen zielvereinbarungen;

  FoerderfallStornierung(Fallregister register, Zielvereinbarungen zielvereinbarungen) {
    this.register = register;
    this.zielvereinbarungen = zielvereinbarungen;
  }

  @Transactional
  public void storniere(Fallkopf kopf) {
    register.storniere(kopf.nummer(), zielvereinbarungen.stornoGrund(kopf.nummer()).orElse(null));
  }
}
