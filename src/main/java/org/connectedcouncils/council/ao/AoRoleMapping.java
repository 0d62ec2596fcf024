package org.connectedcouncils.council.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One group/user → council role rule. {@code RULE_KEY} ("type:principal:council:role") is unique. */
@Table("ROLE_MAPPING")
public interface AoRoleMapping extends Entity {

    String PRINCIPAL_TYPE = "PRINCIPAL_TYPE";
    String PRINCIPAL = "PRINCIPAL";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String ROLE = "ROLE";
    String RULE_KEY = "RULE_KEY";

    @Indexed
    @NotNull
    String getPrincipalType();
    void setPrincipalType(String type);

    @Indexed
    @NotNull
    String getPrincipal();
    void setPrincipal(String principal);

    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @NotNull
    String getRole();
    void setRole(String role);

    @NotNull
    @Unique
    String getRuleKey();
    void setRuleKey(String key);
}
