package org.connectedcouncils.notify.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's watch on one thing; {@code WATCH_KEY} (a hash of person, type and key) is unique, so a second
 * watch of the same thing is refused by the database.
 */
@Table("WATCH")
public interface AoWatch extends Entity {

    String USER_KEY = "USER_KEY";
    String TARGET_TYPE = "TARGET_TYPE";
    String TARGET_KEY = "TARGET_KEY";
    String WATCH_KEY = "WATCH_KEY";
    String SINCE = "SINCE";

    @Indexed
    @NotNull
    String getUserKey();
    void setUserKey(String value);

    @Indexed
    @NotNull
    String getTargetType();
    void setTargetType(String value);

    @Indexed
    @NotNull
    String getTargetKey();
    void setTargetKey(String value);

    @NotNull
    @Unique
    String getWatchKey();
    void setWatchKey(String value);

    @NotNull
    Date getSince();
    void setSince(Date value);
}
