package org.connectedcouncils.notify.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A claim on one e-mail: its unique {@code CLAIM_KEY} is written in the transaction that decides to send it,
 * so a second run (a re-run, another node) cannot send it again.
 */
@Table("SENT_MAIL")
public interface AoSentMail extends Entity {

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
