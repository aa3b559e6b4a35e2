package de.hessen.aqb.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring Boot test setup of this project (whole application, random port, profile "test"),
 * so all such tests share one cached context. Database: H2 in memory, or PostgreSQL with -Ppostgres. The application's
 * clock is a {@link StellbareUhr} (system time unless a test moves it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
@Import(StellbareUhr.Konfiguration.class)
public @interface AqbSpringBootTest {}
