package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** publiccode.yml 0.7 {@code softwareType}; codes are the spec's exact values. */
public enum SoftwareType implements Coded {
    STANDALONE_MOBILE("standalone/mobile"),
    STANDALONE_IOT("standalone/iot"),
    STANDALONE_DESKTOP("standalone/desktop"),
    STANDALONE_WEB("standalone/web"),
    STANDALONE_BACKEND("standalone/backend"),
    STANDALONE_OTHER("standalone/other"),
    ADDON("addon"),
    LIBRARY("library"),
    CONFIGURATION_FILES("configurationFiles");

    private final String code;

    SoftwareType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
