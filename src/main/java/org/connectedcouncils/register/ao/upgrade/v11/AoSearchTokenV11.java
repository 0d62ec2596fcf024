package org.connectedcouncils.register.ao.upgrade.v11;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Frozen copy of the word index as model version 11 reads it (unchanged since version 1); never change it. */
@Table("SOL_TOKEN")
public interface AoSearchTokenV11 extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String TOKEN = "TOKEN";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

    @Indexed
    @NotNull
    String getToken();
    void setToken(String token);
}
