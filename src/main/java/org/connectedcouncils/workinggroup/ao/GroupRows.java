package org.connectedcouncils.workinggroup.ao;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * The group and membership rows the working-group stores share: look-ups, list conditions, mapping and the partner
 * recount.
 */
final class GroupRows {

    static final String ALREADY_MEMBER = "connected-councils.workinggroup.conflict.alreadyMember";

    private GroupRows() {
    }

    /**
     * Narrows a query on groups aliased {@code g} to those {@code council} belongs to, that cover {@code serviceArea}
     * and follow {@code model}, adding to {@code where} and {@code params}; nulls mean any.
     */
    static void narrow(Query q, List<String> where, List<Object> params, CouncilCode council, String serviceArea,
            CollaborationModel model) {
        if (council != null) {
            q.join(AoMembership.class, "m." + AoMembership.GROUP_ID + " = g.ID").alias(AoMembership.class, "m");
            where.add("m." + AoMembership.COUNCIL_CODE + " = ?");
            params.add(council.value());
        }
        if (serviceArea != null) {
            q.join(AoGroupArea.class, "a." + AoGroupArea.GROUP_ID + " = g.ID").alias(AoGroupArea.class, "a");
            where.add("a." + AoGroupArea.AREA_CODE + " = ?");
            params.add(serviceArea);
        }
        if (model != null) {
            where.add("g." + AoWorkingGroup.MODEL_CODE + " = ?");
            params.add(model.code());
        }
    }

    static AoWorkingGroup row(ActiveObjects ao, WorkingGroupKey key) {
        return optionalRow(ao, key).orElseThrow(() -> new Refusal.NotFound(key.toString()));
    }

    static Optional<AoWorkingGroup> optionalRow(ActiveObjects ao, WorkingGroupKey key) {
        if (key.number() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoWorkingGroup.class, id(key)));
    }

    /**
     * The group's version as stored, read after this transaction has written the row: the write holds the row lock,
     * so a concurrent save waits for it and then sees the version this one committed (READ COMMITTED on every
     * database), and only one save of a version can succeed.
     */
    static int lockedVersion(ActiveObjects ao, int groupId) {
        AoWorkingGroup[] rows = ao.find(AoWorkingGroup.class, Query.select("ID, " + AoWorkingGroup.GROUP_VERSION)
                .where("ID = ?", groupId));
        return rows[0].getGroupVersion();
    }

    static Optional<AoMembership> membershipRow(ActiveObjects ao, WorkingGroupKey key, CouncilCode council) {
        AoMembership[] rows = ao.find(AoMembership.class, Query.select()
                .where(AoMembership.PAIR_KEY + " = ?", pairKey(key, council)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** Recounts the partners from the rows themselves (so concurrent changes cannot drift) and marks the update. */
    static AoWorkingGroup touchAndRecount(ActiveObjects ao, WorkingGroupKey key, Instant now) {
        int partners = ao.count(AoMembership.class, Query.select().where(AoMembership.GROUP_ID + " = ? AND "
                + AoMembership.MEMBER_ROLE + " IN (?, ?)", id(key), MemberRole.LEAD.code(), MemberRole.MEMBER.code()));
        AoWorkingGroup row = row(ao, key);
        row.setPartnerCount(partners);
        row.setUpdatedAt(Date.from(now));
        row.save();
        return row;
    }

    static Map<String, Object> membershipValues(Membership m) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoMembership.GROUP_ID, id(m.group()));
        values.put(AoMembership.COUNCIL_CODE, m.council().value());
        values.put(AoMembership.PAIR_KEY, pairKey(m.group(), m.council()));
        values.put(AoMembership.MEMBER_ROLE, m.role().code());
        values.put(AoMembership.ROLE_RANK, m.role().ordinal());
        values.put(AoMembership.JOINED_AT, Date.from(m.since()));
        values.put(AoMembership.ADDED_BY, m.addedBy());
        return values;
    }

    static Membership toMembership(AoMembership row) {
        return new Membership(WorkingGroupKey.of(row.getGroupId()), CouncilCode.of(row.getCouncilCode()),
                code(MemberRole.class, row.getMemberRole()), row.getJoinedAt().toInstant(), row.getAddedBy());
    }

    /** Runs a write; a unique-column clash (the database's own rule) becomes a conflict named by {@code reason}. */
    static <T> T uniqueOrConflict(String reason, Supplier<T> write) {
        return AoSql.uniqueOrConflict(reason, write);
    }

    static int id(WorkingGroupKey key) {
        return (int) key.number();
    }

    static String pairKey(WorkingGroupKey key, CouncilCode council) {
        return key.number() + ":" + council.value();
    }

    static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElse(null);
    }
}
