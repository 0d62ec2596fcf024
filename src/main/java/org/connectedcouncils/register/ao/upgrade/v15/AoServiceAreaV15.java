package org.connectedcouncils.register.ao.upgrade.v15;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy as model version 15 left it; never change it (later versions copy it).
 *
 * A service area of the taxonomy, named in English and optionally Welsh. Retired areas stay so entries keep their
 * history.
 */
@Table("SERVICE_AREA")
public interface AoServiceAreaV15 extends Entity {

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
