package org.connectedcouncils.workinggroup.ao.upgrade.v7;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Frozen copy of the table as model version 7 created it; never change it (later versions copy it). */
@Table("GROUP_SOLUTION")
public interface AoGroupSolutionV7 extends Entity {

    String GROUP_ID = "GROUP_ID";
    String SOLUTION_KEY = "SOLUTION_KEY";

    @Indexed
    int getGroupId();
    void setGroupId(int id);

    @Indexed
    @NotNull
    String getSolutionKey();
    void setSolutionKey(String key);
}
