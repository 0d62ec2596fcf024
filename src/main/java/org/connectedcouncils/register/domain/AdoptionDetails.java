package org.connectedcouncils.register.domain;

/**
 * What an adopting council says about how it uses an entry: the version or release, how it runs, the supplier and
 * its own annual saving (in its own currency). Every value is optional.
 */
public record AdoptionDetails(String release, Hosting hosting, String supplier, Money annualSaving) {

    public static final AdoptionDetails NONE = new AdoptionDetails(null, null, null, null);

    public static final int RELEASE_MAX = 100;
    public static final int SUPPLIER_MAX = 255;
}
