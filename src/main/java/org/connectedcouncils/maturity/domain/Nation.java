package org.connectedcouncils.maturity.domain;

import java.util.Arrays;
import java.util.Optional;

import org.connectedcouncils.common.domain.Coded;

/**
 * The UK nation of a council as the council directory stores it ({@code council.place().nation()}: the heat map,
 * the profile and the register's filters read the same column); councils outside the UK are OTHER. The enum gives the
 * macros and REST a parameter code and a label.
 */
public enum Nation implements Coded {
    ENGLAND("England"),
    SCOTLAND("Scotland"),
    WALES("Wales"),
    NORTHERN_IRELAND("Northern Ireland"),
    OTHER("");

    private final String stored;

    Nation(String stored) {
        this.stored = stored;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public String nameKey() {
        return "connected-councils.maturity.nation." + code();
    }

    /** The nation as the directory stores it ("" for councils outside the UK). */
    public String stored() {
        return stored;
    }

    /** The nation of a council whose directory row holds {@code stored} (OTHER for anything not a UK nation). */
    public static Nation ofStored(String stored) {
        return Arrays.stream(values()).filter(n -> n != OTHER && n.stored.equals(stored)).findFirst().orElse(OTHER);
    }

    public static Optional<Nation> fromCode(String code) {
        return Coded.fromCode(Nation.class, code);
    }
}
