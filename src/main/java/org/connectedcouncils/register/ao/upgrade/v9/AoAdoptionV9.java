package org.connectedcouncils.register.ao.upgrade.v9;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen copy of the adoption table as model version 9 left it (when the adopter last re-confirmed, was last asked, and
 * when the adoption lapsed); never change it
 * (later versions copy it).
 */
@Table("ADOPTION")
public interface AoAdoptionV9 extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String PAIR_KEY = "PAIR_KEY";
    String STATE = "STATE";
    String DECLARED_AT = "DECLARED_AT";
    // Added by model version 3.
    String ADOPTED_RELEASE = "ADOPTED_RELEASE";
    String HOSTING = "HOSTING";
    String SUPPLIER = "SUPPLIER";
    String ANNUAL_SAVING = "ANNUAL_SAVING";
    String SAVING_CURRENCY = "SAVING_CURRENCY";
    // Added by model version 9.
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

    Date getCheckedAt();
    void setCheckedAt(Date at);

    @Indexed
    Date getAskedAt();
    void setAskedAt(Date at);

    @Indexed
    Date getLapsedAt();
    void setLapsedAt(Date at);
}
