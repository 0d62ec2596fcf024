package org.connectedcouncils.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One named setting of the app. */
@Table("SETTING")
public interface AoSetting extends Entity {

    String SETTING_KEY = "SETTING_KEY";
    String SETTING_VALUE = "SETTING_VALUE";

    @NotNull
    @Unique
    String getSettingKey();
    void setSettingKey(String key);

    String getSettingValue();
    void setSettingValue(String value);
}
