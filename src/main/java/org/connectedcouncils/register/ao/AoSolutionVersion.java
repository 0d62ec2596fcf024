package org.connectedcouncils.register.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per saved version of an entry ({@code VERSION_KEY} = "id:version", unique). Whoever saves version n+1
 * first claims it; a simultaneous second save of the same version breaks the unique key and rolls back, so the
 * optimistic lock holds under READ COMMITTED on every database.
 */
@Table("SOL_VERSION")
public interface AoSolutionVersion extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String VERSION_KEY = "VERSION_KEY";
    String SAVED_BY = "SAVED_BY";
    String SAVED_AT = "SAVED_AT";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

    @NotNull
    @Unique
    String getVersionKey();
    void setVersionKey(String key);

    String getSavedBy();
    void setSavedBy(String userKey);

    @NotNull
    Date getSavedAt();
    void setSavedAt(Date at);
}
