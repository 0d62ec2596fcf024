package org.connectedcouncils.workinggroup.ao.upgrade.v7;

import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of the working-group table's linked-entries column as model version 7 reads it; never change it. Only
 * the column the upgrade reads is declared, so migrating it changes nothing else of the table.
 */
@Table("WORK_GROUP")
public interface AoWorkGroupV7 extends Entity {

    @StringLength(StringLength.MAX_LENGTH)
    String getSolutions();
    void setSolutions(String keys);
}
