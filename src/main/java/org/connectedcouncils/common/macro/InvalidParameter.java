package org.connectedcouncils.common.macro;

/** A macro parameter that cannot be used: names the parameter and the i18n key (with arguments) of the reason. */
public final class InvalidParameter extends RuntimeException {

    private final String parameter;
    private final String reasonKey;
    private final transient Object[] args;

    public InvalidParameter(String parameter, String reasonKey, Object... args) {
        super("Invalid macro parameter " + parameter, null, false, false);
        this.parameter = parameter;
        this.reasonKey = reasonKey;
        this.args = args.clone();
    }

    public String parameter() {
        return parameter;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
