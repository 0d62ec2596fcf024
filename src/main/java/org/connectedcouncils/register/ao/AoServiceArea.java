package org.connectedcouncils.register.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A service area of the taxonomy. Retired areas stay so entries keep their history. */
@Table("SERVICE_AREA")
public interface AoServiceArea extends Entity {

    String CODE = "CODE";
    String NAME = "NAME";
    String NAME_CY = "NAME_CY";

    @NotNull
    @Unique
    String getCode();
    void setCode(String code);

    @NotNull
    String getName();
    void setName(String name);

    /** The name in Welsh (null: Welsh readers see the English name). Model version 15. */
    String getNameCy();
    void setNameCy(String name);

    boolean isRetired();
    void setRetired(boolean retired);
}
