package org.connectedcouncils.workinggroup.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Which register entries a group links: the indexed join that finds the groups of an entry. Kept in step with the
 * group's linked-entries text by every write of the group, in the same transaction.
 */
@Table("GROUP_SOLUTION")
public interface AoGroupSolution extends Entity {

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
