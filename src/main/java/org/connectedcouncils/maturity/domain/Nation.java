package org.connectedcouncils.maturity.domain;

import java.util.Optional;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;

/** The UK nation of a council, read from the first letter of its GSS code; councils elsewhere are OTHER. */
public enum Nation implements Coded {
    ENGLAND,
    SCOTLAND,
    WALES,
    NORTHERN_IRELAND,
    OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public String nameKey() {
        return "connected-councils.maturity.nation." + code();
    }

    public static Nation of(CouncilCode council) {
        String code = council.toString();
        return switch (code.isEmpty() ? ' ' : code.charAt(0)) {
            case 'E' -> ENGLAND;
            case 'S' -> SCOTLAND;
            case 'W' -> WALES;
            case 'N' -> NORTHERN_IRELAND;
            default -> OTHER;
        };
    }

    public static Optional<Nation> fromCode(String code) {
        return Coded.fromCode(Nation.class, code);
    }
}
