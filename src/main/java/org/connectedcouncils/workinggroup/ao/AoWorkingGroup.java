package org.connectedcouncils.workinggroup.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A working group; the key number is the ID. Areas are kept here as text for reading and in {@link AoGroupArea} for
 * filtering; the partner count is kept in step by every membership write so rules and lists need no extra query.
 */
@Table("WORK_GROUP")
public interface AoWorkingGroup extends Entity {

    String NAME = "NAME";
    String NAME_LOWER = "NAME_LOWER";
    String AIM = "AIM";
    String MODEL_CODE = "MODEL_CODE";
    String GROUP_STATUS = "GROUP_STATUS";
    String LEAD_CODE = "LEAD_CODE";
    String SPACE_KEY = "SPACE_KEY";
    String PAGE_ID = "PAGE_ID";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String GROUP_VERSION = "GROUP_VERSION";

    @NotNull
    String getName();
    void setName(String name);

    /** Lower-cased name, for sorting without regard to case. */
    @Indexed
    @NotNull
    String getNameLower();
    void setNameLower(String nameLower);

    @StringLength(StringLength.UNLIMITED)
    String getAim();
    void setAim(String aim);

    @StringLength(StringLength.MAX_LENGTH)
    String getAreas();
    void setAreas(String areas);

    @Indexed
    @NotNull
    String getModelCode();
    void setModelCode(String model);

    @Indexed
    @NotNull
    String getGroupStatus();
    void setGroupStatus(String status);

    @Indexed
    @NotNull
    String getLeadCode();
    void setLeadCode(String code);

    String getCadence();
    void setCadence(String cadence);

    @StringLength(StringLength.UNLIMITED)
    String getExitCriteria();
    void setExitCriteria(String criteria);

    @StringLength(StringLength.MAX_LENGTH)
    String getSolutions();
    void setSolutions(String keys);

    @Indexed
    String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @Indexed
    Long getPageId();
    void setPageId(Long pageId);

    int getPartnerCount();
    void setPartnerCount(int count);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    String getCreatedBy();
    void setCreatedBy(String userKey);

    @Indexed
    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date at);

    int getGroupVersion();
    void setGroupVersion(int version);
}
