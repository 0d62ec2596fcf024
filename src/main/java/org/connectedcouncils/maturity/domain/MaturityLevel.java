package org.connectedcouncils.maturity.domain;

import java.util.Arrays;
import java.util.Optional;

/** The five steps of the maturity model, from paper and phone to shared across councils. */
public enum MaturityLevel {
    PAPER(1),
    ONLINE_FORMS(2),
    END_TO_END(3),
    REDESIGNED(4),
    SHARED(5);

    private final int number;

    MaturityLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The i18n key of the level's name. */
    public String nameKey() {
        return "connected-councils.maturity.level." + number;
    }

    /** The i18n key of the generic description every service area starts with. */
    public String descriptionKey() {
        return "connected-councils.maturity.level." + number + ".description";
    }

    public static Optional<MaturityLevel> of(int number) {
        return Arrays.stream(values()).filter(l -> l.number == number).findFirst();
    }
}
