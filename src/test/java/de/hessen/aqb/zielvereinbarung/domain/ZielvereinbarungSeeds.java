package de.hessen.aqb.zielvereinbarung.domain;

/** Test fixtures for the two 2025 seed agreements; delegates to the main-code demo data. */
public final class ZielvereinbarungSeeds {

    public static final String SEED_WIESBADEN_2025 = "seeds/000_cf7d49e002f1b9fc.txt";
    public static final String SEED_ODENWALDKREIS_2025 = "seeds/001_811fa2fd19689345.txt";

    private ZielvereinbarungSeeds() {
    }

    public static ZielvereinbarungDaten wiesbaden2025() {
        return SeedZielvereinbarungen.wiesbaden2025();
    }

    public static ZielvereinbarungDaten odenwaldkreis2025() {
        return SeedZielvereinbarungen.odenwaldkreis2025();
    }
}
