package org.connectedcouncils.register.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Which service areas an entry is filed under: the join that filters the register by area. */
@Table("SOL_AREA")
public interface AoSolutionArea extends Entity {

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
