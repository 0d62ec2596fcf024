package org.connectedcouncils.register.ao;

import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.UserKeyColumns;
import org.connectedcouncils.common.service.PersonalData;

/**
 * The register's user keys: entries' key contact and creator, the versions' savers, adoptions' declarers and
 * confirmers, and the history's actors and key-contact changes.
 */
public final class AoRegisterPersonalData implements PersonalData {

    static final String CONTACT_FIELD = "keyContact";

    private final ActiveObjects ao;

    public AoRegisterPersonalData(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Integer> anonymise(String userKey, String marker) {
        UserKeyColumns columns = new UserKeyColumns(ao, userKey, marker)
                .rewrite(AoSolution.class, "SOLUTION", AoSolution.CONTACT_KEY, AoSolution::setContactKey)
                .rewrite(AoSolution.class, "SOLUTION", AoSolution.CREATED_BY, AoSolution::setCreatedBy)
                .rewrite(AoSolutionVersion.class, "SOL_VERSION", AoSolutionVersion.SAVED_BY,
                        AoSolutionVersion::setSavedBy)
                .rewrite(AoAdoption.class, "ADOPTION", "DECLARED_BY", AoAdoption::setDeclaredBy)
                .rewrite(AoAdoption.class, "ADOPTION", "CONFIRMED_BY", AoAdoption::setConfirmedBy)
                .rewrite(AoHistory.class, "HISTORY", "ACTOR", AoHistory::setActor);
        return columns.count("HISTORY.OLD_VALUE/NEW_VALUE", contactChanges(userKey, marker)).counts();
    }

    /**
     * History lines of key-contact changes hold the keys as old and new values. Those columns are unlimited text,
     * which Oracle cannot compare with "=", so the lines of that field are compared here.
     */
    private int contactChanges(String userKey, String marker) {
        int rewritten = 0;
        for (AoHistory line : ao.find(AoHistory.class, Query.select().where("FIELD = ?", CONTACT_FIELD))) {
            boolean old = userKey.equals(line.getOldValue());
            boolean next = userKey.equals(line.getNewValue());
            if (old) {
                line.setOldValue(marker);
            }
            if (next) {
                line.setNewValue(marker);
            }
            if (old || next) {
                line.save();
                rewritten++;
            }
        }
        return rewritten;
    }
}
