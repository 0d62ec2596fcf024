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

    @NotNull
    @Unique
    String getCode();
    void setCode(String code);

    @NotNull
    String getName();
    void setName(String name);

    boolean isRetired();
    void setRetired(boolean retired);
}
