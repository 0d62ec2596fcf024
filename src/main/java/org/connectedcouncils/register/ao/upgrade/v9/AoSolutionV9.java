package org.connectedcouncils.register.ao.upgrade.v9;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen copy of the entry table as model version 9 left it (lapsed adoptions counted apart); never change it (later versions copy it).
 */
@Table("SOLUTION")
public interface AoSolutionV9 extends Entity {

    String NAME = "NAME";
    String NAME_LOWER = "NAME_LOWER";
    String SUMMARY = "SUMMARY";
    String SEARCH_TEXT = "SEARCH_TEXT";
    String DESCRIPTION = "DESCRIPTION";
    String KIND = "KIND";
    String PHASE = "PHASE";
    String PHASE_RANK = "PHASE_RANK";
    String STATE = "STATE";
    String OWNER_CODE = "OWNER_CODE";
    String CONTACT_KEY = "CONTACT_KEY";
    String AREAS = "AREAS";
    String OFFERS = "OFFERS";
    String LANDING_URL = "LANDING_URL";
    String REPO_URL = "REPO_URL";
    String LICENCE = "LICENCE";
    String SOFTWARE_TYPE = "SOFTWARE_TYPE";
    String MAINTENANCE = "MAINTENANCE";
    String PLATFORMS = "PLATFORMS";
    String CATEGORIES = "CATEGORIES";
    String BUDGET_BAND = "BUDGET_BAND";
    String ONE_OFF_COST = "ONE_OFF_COST";
    String RUNNING_COST = "RUNNING_COST";
    String ANNUAL_SAVING = "ANNUAL_SAVING";
    String CURRENCY = "CURRENCY";
    String OUTCOMES = "OUTCOMES";
    String CREATED_AT = "CREATED_AT";
    String CREATED_BY = "CREATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String CONFIRMED_AT = "CONFIRMED_AT";
    String ENTRY_VERSION = "ENTRY_VERSION";
    String EVALUATING_COUNT = "EVALUATING_COUNT";
    String USING_COUNT = "USING_COUNT";
    String STOPPED_COUNT = "STOPPED_COUNT";
    // Added by model version 3.
    String REUSE_SUPPORT = "REUSE_SUPPORT";
    String REUSE_CONTACT = "REUSE_CONTACT";
    String PROCUREMENT = "PROCUREMENT";
    String DPIA_AVAILABLE = "DPIA_AVAILABLE";
    String DPIA_URL = "DPIA_URL";
    String ACCESSIBILITY_URL = "ACCESSIBILITY_URL";
    String HOSTING = "HOSTING";
    String ADOPT_ONE_OFF = "ADOPT_ONE_OFF";
    String ADOPT_ANNUAL = "ADOPT_ANNUAL";
    String ADOPTER_NEEDS = "ADOPTER_NEEDS";
    String RETIRE_REASON = "RETIRE_REASON";
    String LESSONS = "LESSONS";
    String REPLACED_BY = "REPLACED_BY";

    @NotNull
    String getName();
    void setName(String name);

    /** Lower-cased name, for sorting without regard to case. */
    @Indexed
    @NotNull
    String getNameLower();
    void setNameLower(String nameLower);

    @NotNull
    String getSummary();
    void setSummary(String summary);

    /** Folded, lower-cased name and summary: checked for the further words of a multi-word search. */
    @StringLength(StringLength.MAX_LENGTH)
    String getSearchText();
    void setSearchText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    @Indexed
    @NotNull
    String getKind();
    void setKind(String kind);

    @Indexed
    @NotNull
    String getPhase();
    void setPhase(String phase);

    @Indexed
    int getPhaseRank();
    void setPhaseRank(int rank);

    @Indexed
    @NotNull
    String getState();
    void setState(String state);

    @Indexed
    @NotNull
    String getOwnerCode();
    void setOwnerCode(String code);

    @Indexed
    String getContactKey();
    void setContactKey(String userKey);

    @StringLength(StringLength.MAX_LENGTH)
    String getAreas();
    void setAreas(String areas);

    String getOffers();
    void setOffers(String offers);

    @StringLength(StringLength.MAX_LENGTH)
    String getLandingUrl();
    void setLandingUrl(String url);

    @StringLength(StringLength.MAX_LENGTH)
    String getRepoUrl();
    void setRepoUrl(String url);

    String getLicence();
    void setLicence(String licence);

    String getSoftwareType();
    void setSoftwareType(String type);

    String getMaintenance();
    void setMaintenance(String maintenance);

    @StringLength(StringLength.MAX_LENGTH)
    String getPlatforms();
    void setPlatforms(String platforms);

    @StringLength(StringLength.UNLIMITED)
    String getCategories();
    void setCategories(String categories);

    String getBudgetBand();
    void setBudgetBand(String band);

    Long getOneOffCost();
    void setOneOffCost(Long minorUnits);

    Long getRunningCost();
    void setRunningCost(Long minorUnits);

    Long getAnnualSaving();
    void setAnnualSaving(Long minorUnits);

    String getCurrency();
    void setCurrency(String currency);

    @StringLength(StringLength.UNLIMITED)
    String getOutcomes();
    void setOutcomes(String outcomes);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    String getCreatedBy();
    void setCreatedBy(String userKey);

    @Indexed
    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date at);

    Date getConfirmedAt();
    void setConfirmedAt(Date at);

    int getEntryVersion();
    void setEntryVersion(int version);

    int getEvaluatingCount();
    void setEvaluatingCount(int count);

    @Indexed
    int getUsingCount();
    void setUsingCount(int count);

    int getStoppedCount();
    void setStoppedCount(int count);

    String getReuseSupport();
    void setReuseSupport(String support);

    String getReuseContact();
    void setReuseContact(String contact);

    String getProcurement();
    void setProcurement(String route);

    Boolean getDpiaAvailable();
    void setDpiaAvailable(Boolean available);

    @StringLength(StringLength.MAX_LENGTH)
    String getDpiaUrl();
    void setDpiaUrl(String url);

    @StringLength(StringLength.MAX_LENGTH)
    String getAccessibilityUrl();
    void setAccessibilityUrl(String url);

    String getHosting();
    void setHosting(String options);

    Long getAdoptOneOff();
    void setAdoptOneOff(Long minorUnits);

    Long getAdoptAnnual();
    void setAdoptAnnual(Long minorUnits);

    @StringLength(StringLength.UNLIMITED)
    String getAdopterNeeds();
    void setAdopterNeeds(String text);

    @StringLength(StringLength.UNLIMITED)
    String getRetireReason();
    void setRetireReason(String reason);

    @StringLength(StringLength.UNLIMITED)
    String getLessons();
    void setLessons(String lessons);

    Integer getReplacedBy();
    void setReplacedBy(Integer solutionId);

    // Added by model version 9.
    @NotNull
    @Default("0")
    int getLapsedCount();
    void setLapsedCount(int count);
}
