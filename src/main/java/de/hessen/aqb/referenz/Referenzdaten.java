package de.hessen.aqb.referenz;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Gebietskörperschaften and Träger, loaded and validated once from the CSV resources under {@code referenz/}. */
@Component
public class Referenzdaten {

    static final String GEBIETSKOERPERSCHAFTEN = "referenz/gebietskoerperschaften.csv";
    static final String TRAEGER = "referenz/traeger.csv";

    private final List<Gebietskoerperschaft> alle;
    private final List<Traeger> traeger;
    private final Map<String, Gebietskoerperschaft> nachAgs;
    private final Map<String, Gebietskoerperschaft> nachKreisschluessel;
    private final Map<String, Traeger> traegerNachId;

    /** Loads the bundled CSV resources from the classpath. */
    public Referenzdaten() {
        this(klassenpfad(GEBIETSKOERPERSCHAFTEN), GEBIETSKOERPERSCHAFTEN, klassenpfad(TRAEGER), TRAEGER);
    }

    Referenzdaten(Reader gebietskoerperschaften, String gkQuelle, Reader traeger, String traegerQuelle) {
        this.alle = List.copyOf(ReferenzdatenLeser.gebietskoerperschaften(gebietskoerperschaften, gkQuelle));
        this.nachAgs = index(alle, Gebietskoerperschaft::ags);
        this.nachKreisschluessel = index(alle, Gebietskoerperschaft::kreisschluessel);
        this.traeger = List.copyOf(ReferenzdatenLeser.traeger(traeger, traegerQuelle, nachAgs.keySet()));
        this.traegerNachId = index(this.traeger, Traeger::id);
    }

    public static Referenzdaten ausKlassenpfad() {
        return new Referenzdaten();
    }

    /** Loads from arbitrary readers; {@code quelle} names each source in error messages. */
    public static Referenzdaten aus(Reader gebietskoerperschaften, String gkQuelle, Reader traeger, String traegerQuelle) {
        return new Referenzdaten(gebietskoerperschaften, gkQuelle, traeger, traegerQuelle);
    }

    public List<Gebietskoerperschaft> alle() {
        return alle;
    }

    public List<Gebietskoerperschaft> gueltigAm(LocalDate tag) {
        return filter(g -> g.gueltigAm(tag));
    }

    public List<Gebietskoerperschaft> gueltigImJahr(int jahr) {
        return filter(g -> g.gueltigImJahr(jahr));
    }

    public Optional<Gebietskoerperschaft> nachKreisschluessel(String kreisschluessel) {
        return Optional.ofNullable(nachKreisschluessel.get(kreisschluessel));
    }

    public Optional<Gebietskoerperschaft> nachAgs(String ags) {
        return Optional.ofNullable(nachAgs.get(ags));
    }

    public Optional<Gebietskoerperschaft> nachGruppenId(String gruppenId) {
        return alle.stream().filter(g -> g.gruppenId().equals(gruppenId)).findFirst();
    }

    public List<Traeger> traeger() {
        return traeger;
    }

    public Optional<Traeger> traeger(String id) {
        return Optional.ofNullable(traegerNachId.get(id));
    }

    public List<Traeger> traegerFuer(String ags) {
        return traeger.stream().filter(t -> t.ags().equals(ags)).toList();
    }

    private List<Gebietskoerperschaft> filter(Predicate<Gebietskoerperschaft> bedingung) {
        return alle.stream().filter(bedingung).toList();
    }

    private static <T> Map<String, T> index(List<T> eintraege, Function<T, String> schluessel) {
        return eintraege.stream().collect(Collectors.toUnmodifiableMap(schluessel, Function.identity()));
    }

    private static Reader klassenpfad(String pfad) {
        InputStream stream = Referenzdaten.class.getClassLoader().getResourceAsStream(pfad);
        if (stream == null) {
            throw new ReferenzdatenException(pfad + ": nicht im Klassenpfad gefunden");
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
