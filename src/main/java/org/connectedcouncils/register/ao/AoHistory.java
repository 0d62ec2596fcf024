package org.connectedcouncils.register.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One line of an entry's append-only change log. Rows are only ever inserted. */
@Table("HISTORY")
public interface AoHistory extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String CHANGED_AT = "CHANGED_AT";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

    @NotNull
    String getSubject();
    void setSubject(String subject);

    @NotNull
    String getField();
    void setField(String field);

    @StringLength(StringLength.UNLIMITED)
    String getOldValue();
    void setOldValue(String value);

    @StringLength(StringLength.UNLIMITED)
    String getNewValue();
    void setNewValue(String value);

    String getActor();
    void setActor(String userKey);

    @NotNull
    Date getChangedAt();
    void setChangedAt(Date at);
}
