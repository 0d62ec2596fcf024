package org.connectedcouncils.register.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** The collaboration offers of an entry: the join that filters the register by offer. */
@Table("SOL_OFFER")
public interface AoSolutionOffer extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String OFFER = "OFFER";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

    @Indexed
    @NotNull
    String getOffer();
    void setOffer(String offer);
}
