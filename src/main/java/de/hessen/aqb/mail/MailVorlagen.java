package de.hessen.aqb.mail;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders {@code templates/mail/<name>.html} (HTML) and {@code templates/mail/<name>.txt} (plain text). */
@Component
public class MailVorlagen {

  private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  public String html(String vorlage, Map<String, Object> modell) {
    return html.process(vorlage, kontext(modell));
  }

  public String text(String vorlage, Map<String, Object> modell) {
    return text.process(vorlage, kontext(modell));
  }

  private static Context kontext(Map<String, Object> modell) {
    Context context = new Context(Locale.GERMANY);
    context.setVariables(modell);
    return context;
  }

  private static SpringTemplateEngine engine(TemplateMode modus, String endung) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(endung);
    resolver.setTemplateMode(modus);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
