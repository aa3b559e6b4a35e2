package de.hessen.aqb.konventionen;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every bean a model names exists: each {@code camunda:delegateExpression} and each method call in an expression
 * ({@code ${fristen.faellig('…')}}) resolves to a Spring bean of the application, so a renamed bean fails here and not
 * in a running case.
 */
@AqbSpringBootTest
class ModellBeansTest {

  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"[$#]\\{([A-Za-z_][A-Za-z0-9_]*)\\}\"");
  private static final Pattern METHODENAUFRUF = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\.[A-Za-z_][A-Za-z0-9_]*\\(");
  /** Names the engine itself resolves in expressions. */
  private static final Set<String> ENGINE = Set.of("execution", "task", "variables", "authenticatedUserId", "dateTime");

  @Autowired ApplicationContext kontext;

  @Test
  void jedeBohneEinesModellsExistiert() throws IOException {
    List<String> fehlend = new ArrayList<>();
    List<String> gefunden = new ArrayList<>();
    try (Stream<Path> modelle = Files.list(Path.of("processes"))) {
      for (Path modell : modelle.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        String xml = Files.readString(modell);
        for (Pattern muster : List.of(DELEGATE, METHODENAUFRUF)) {
          Matcher treffer = muster.matcher(xml);
          while (treffer.find()) {
            String name = treffer.group(1);
            if (ENGINE.contains(name)) {
              continue;
            }
            gefunden.add(name);
            if (!kontext.containsBean(name)) {
              fehlend.add(modell.getFileName() + ": " + name);
            }
          }
        }
      }
    }
    assertThat(gefunden).as("beans named by the models").hasSizeGreaterThan(20);
    assertThat(fehlend).as("beans named by a model but missing in the application").isEmpty();
  }
}
