package de.hessen.aqb.zielvereinbarung.domain;

import java.util.Objects;

/** A project listed under a Maßnahmenart in § 5 of the Zielvereinbarung. */
public record Projekt(String name) {

    public Projekt {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Der Projektname darf nicht leer sein.");
        }
    }
}
