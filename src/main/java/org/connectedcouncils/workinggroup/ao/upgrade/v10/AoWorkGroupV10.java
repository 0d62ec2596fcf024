package org.connectedcouncils.workinggroup.ao.upgrade.v10;

import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of the working-group table's linked-entries column as model version 10 reads it; never change it. Only
 * the column the upgrade reads is declared, so migrating it changes nothing else of the table.
 */
@Table("WORK_GROUP")
public interface AoWorkGroupV10 extends Entity {

    @StringLength(StringLength.MAX_LENGTH)
    String getSolutions();
    void setSolutions(String keys);
}
