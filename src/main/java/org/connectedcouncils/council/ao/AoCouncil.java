package org.connectedcouncils.council.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A council of the directory, keyed by its unique code. */
@Table("COUNCIL")
public interface AoCouncil extends Entity {

    String CODE = "CODE";
    String NAME_LOWER = "NAME_LOWER";

    @NotNull
    @Unique
    String getCode();
    void setCode(String code);

    @NotNull
    String getName();
    void setName(String name);

    @Indexed
    @NotNull
    String getNameLower();
    void setNameLower(String nameLower);

    @NotNull
    String getType();
    void setType(String type);

    String getRegion();
    void setRegion(String region);

    boolean isRetired();
    void setRetired(boolean retired);
}
