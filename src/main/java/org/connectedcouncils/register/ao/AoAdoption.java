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
}
