package org.connectedcouncils.notify.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's mail choice for one kind of notification; {@code CHOICE_KEY} (kind and a hash of the person)
 * is unique.
 */
@Table("MAIL_CHOICE")
public interface AoMailChoice extends Entity {

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
