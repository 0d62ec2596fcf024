package org.connectedcouncils.register.ao.upgrade.v11;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Frozen copy of the entry-to-area table as model version 11 reads it (unchanged since version 1); never change it. */
@Table("SOL_AREA")
public interface AoSolutionAreaV11 extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String AREA_CODE = "AREA_CODE";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

    @Indexed
    @NotNull
    String getAreaCode();
    void setAreaCode(String code);
}
