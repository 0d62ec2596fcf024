package org.connectedcouncils.register.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One council's adoption of an entry. {@code PAIR_KEY} ("id:code") is unique: one row per entry and council. */
@Table("ADOPTION")
public interface AoAdoption extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String PAIR_KEY = "PAIR_KEY";
    String STATE = "STATE";
    String DECLARED_AT = "DECLARED_AT";
    // Model version 3 (register/ao/upgrade/v3): the adopter's details.
    String ADOPTED_RELEASE = "ADOPTED_RELEASE";
    String HOSTING = "HOSTING";
    String SUPPLIER = "SUPPLIER";
    String ANNUAL_SAVING = "ANNUAL_SAVING";
    String SAVING_CURRENCY = "SAVING_CURRENCY";
    // Model version 9 (register/ao/upgrade/v9): the adopter's re-confirmations and lapse.
    String CHECKED_AT = "CHECKED_AT";
    String ASKED_AT = "ASKED_AT";
    String LAPSED_AT = "LAPSED_AT";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

    @Indexed
    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @NotNull
    @Unique
    String getPairKey();
    void setPairKey(String key);

    @Indexed
    @NotNull
    String getState();
    void setState(String state);

    Date getSince();
    void setSince(Date since);

    @StringLength(StringLength.MAX_LENGTH)
    String getEvidenceUrl();
    void setEvidenceUrl(String url);

    String getDeclaredBy();
    void setDeclaredBy(String userKey);

    @NotNull
    Date getDeclaredAt();
    void setDeclaredAt(Date at);

    String getConfirmedBy();
    void setConfirmedBy(String userKey);

    Date getConfirmedAt();
    void setConfirmedAt(Date at);

    String getAdoptedRelease();
    void setAdoptedRelease(String release);

    String getHosting();
    void setHosting(String hosting);

    String getSupplier();
    void setSupplier(String supplier);

    Long getAnnualSaving();
    void setAnnualSaving(Long minorUnits);

    String getSavingCurrency();
    void setSavingCurrency(String currency);

    /** When the adopter last said it still uses the entry (null: only its declaration). */
    Date getCheckedAt();
    void setCheckedAt(Date at);

    /** When the adopter was last asked "do you still use it?". */
    @Indexed
    Date getAskedAt();
    void setAskedAt(Date at);

    /** When the adoption lapsed, nobody having re-confirmed it in the grace period; null while current. */
    @Indexed
    Date getLapsedAt();
    void setLapsedAt(Date at);
}
