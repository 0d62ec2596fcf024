package org.connectedcouncils.notify.ao.upgrade.v5;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen copy of the sent mail table as model version 5 created it; never change it (later versions copy it).
 */
@Table("SENT_MAIL")
public interface AoSentMailV5 extends Entity {

    String CLAIM_KEY = "CLAIM_KEY";
    String RECIPIENT = "RECIPIENT";
    String SENT_AT = "SENT_AT";

    @NotNull
    @Unique
    String getClaimKey();
    void setClaimKey(String value);

    @Indexed
    @NotNull
    String getRecipient();
    void setRecipient(String value);

    @NotNull
    Date getSentAt();
    void setSentAt(Date value);
}
