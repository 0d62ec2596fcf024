package org.connectedcouncils.notify.ao.upgrade.v5;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen copy of the watch table as model version 5 created it; never change it (later versions copy it).
 */
@Table("WATCH")
public interface AoWatchV5 extends Entity {

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
