package org.connectedcouncils.register.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of the service-area table as model version 1 knows it; never edit, add a v2 copy instead. */
@Table("SERVICE_AREA")
public interface AoServiceAreaV1 extends Entity {

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
