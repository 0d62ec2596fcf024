package org.connectedcouncils.council.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A council of the directory, keyed by its unique code, with its place and successor (model version 4). */
@Table("COUNCIL")
public interface AoCouncil extends Entity {

    String CODE = "CODE";
    String NAME_LOWER = "NAME_LOWER";
    String TYPE = "TYPE";
    String NATION = "NATION";
    String COUNTRY = "COUNTRY";
    String LATITUDE = "LATITUDE";
    String LONGITUDE = "LONGITUDE";
    String SUCCESSOR_CODE = "SUCCESSOR_CODE";
    String ENDED_ON = "ENDED_ON";

    @NotNull
    @Unique
    String getCode();
    void setCode(String code);

    @NotNull
    String getName();
    void setName(String name);

    @Indexed
    @NotNull
    String getNameLower();
    void setNameLower(String nameLower);

    @Indexed
    @NotNull
    String getType();
    void setType(String type);

    String getRegion();
    void setRegion(String region);

    boolean isRetired();
    void setRetired(boolean retired);

    /** England, Scotland, Wales or Northern Ireland; empty outside the UK (model version 4). */
    @Indexed
    String getNation();
    void setNation(String nation);

    /** ISO 3166 alpha-2 code, e.g. GB (model version 4). */
    String getCountry();
    void setCountry(String country);

    Double getLatitude();
    void setLatitude(Double latitude);

    Double getLongitude();
    void setLongitude(Double longitude);

    /** The council that took over when this one ended (model version 4). */
    String getSuccessorCode();
    void setSuccessorCode(String code);

    Date getEndedOn();
    void setEndedOn(Date endedOn);
}
