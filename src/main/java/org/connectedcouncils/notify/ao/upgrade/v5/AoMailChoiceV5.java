package org.connectedcouncils.notify.ao.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen copy of the mail choice table as model version 5 created it; never change it (later versions copy it).
 */
@Table("MAIL_CHOICE")
public interface AoMailChoiceV5 extends Entity {

    String USER_KEY = "USER_KEY";
    String KIND = "KIND";
    String CHOICE = "CHOICE";
    String CHOICE_KEY = "CHOICE_KEY";

    @Indexed
    @NotNull
    String getUserKey();
    void setUserKey(String value);

    @NotNull
    String getKind();
    void setKind(String value);

    @NotNull
    String getChoice();
    void setChoice(String value);

    @NotNull
    @Unique
    String getChoiceKey();
    void setChoiceKey(String value);
}
