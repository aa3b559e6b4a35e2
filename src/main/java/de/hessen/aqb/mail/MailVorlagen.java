package de.hessen.aqb.mail;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders {@code templates/mail/<name>.html} (HTML) and {@code templates/mail/<name>.txt} (plain text). */
@Component
public class MailVorlagen {

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

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

  private static TemplateEngine engine(TemplateMode modus, String endung) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(endung);
    resolver.setTemplateMode(modus);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
