package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.ALREADY_MEMBER;
import static org.connectedcouncils.workinggroup.ao.GroupRows.code;
import static org.connectedcouncils.workinggroup.ao.GroupRows.id;
import static org.connectedcouncils.workinggroup.ao.GroupRows.membershipRow;
import static org.connectedcouncils.workinggroup.ao.GroupRows.membershipValues;
import static org.connectedcouncils.workinggroup.ao.GroupRows.narrow;
import static org.connectedcouncils.workinggroup.ao.GroupRows.optionalRow;
import static org.connectedcouncils.workinggroup.ao.GroupRows.pairKey;
import static org.connectedcouncils.workinggroup.ao.GroupRows.row;
import static org.connectedcouncils.workinggroup.ao.GroupRows.toMembership;
import static org.connectedcouncils.workinggroup.ao.GroupRows.touchAndRecount;
import static org.connectedcouncils.workinggroup.ao.GroupRows.uniqueOrConflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupSortField;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.connectedcouncils.workinggroup.service.WorkingGroupStore;

/**
 * {@link WorkingGroupStore} on Active Objects: groups and their memberships. Lists are a page query and a count,
 * filters are joins on indexed tables, and one membership per (group, council) is a unique column.
 */
public final class AoWorkingGroupStore implements WorkingGroupStore {

    private static final String SEPARATOR = ",";

    private final ActiveObjects ao;

    public AoWorkingGroupStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public WorkingGroup create(NewWorkingGroup group, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            GroupDetails d = group.details();
            Map<String, Object> values = new HashMap<>();
            values.put(AoWorkingGroup.NAME, d.name().trim());
            values.put(AoWorkingGroup.NAME_LOWER, sortName(d.name()));
            values.put(AoWorkingGroup.MODEL_CODE, d.model().code());
            values.put(AoWorkingGroup.GROUP_STATUS, GroupStatus.FORMING.code());
            values.put(AoWorkingGroup.LEAD_CODE, group.leadCouncil().value());
            values.put(AoWorkingGroup.CREATED_AT, Date.from(now));
            values.put(AoWorkingGroup.UPDATED_AT, Date.from(now));
            AoWorkingGroup row = ao.create(AoWorkingGroup.class, values);
            write(row, d);
            row.setCreatedBy(actor);
            row.setPartnerCount(1 + group.memberCouncils().size());
            row.setGroupVersion(1);
            row.save();
            WorkingGroupKey key = WorkingGroupKey.of(row.getID());
            writeAreas(row.getID(), d.serviceAreas());
            writeLinks(row.getID(), d.linkedSolutions());
            List<Map<String, Object>> members = new ArrayList<>();
            members.add(membershipValues(new Membership(key, group.leadCouncil(), MemberRole.LEAD, now, actor)));
            for (CouncilCode council : group.memberCouncils()) {
                members.add(membershipValues(new Membership(key, council, MemberRole.MEMBER, now, actor)));
            }
            ao.create(AoMembership.class, members);
            return toGroup(row);
        });
    }

    @Override
    public WorkingGroup save(WorkingGroup current, WorkingGroup next) {
        return ao.executeInTransaction(() -> {
            AoWorkingGroup row = row(ao, current.key());
            row.setUpdatedAt(Date.from(next.updated()));
            row.save();
            int stored = GroupRows.lockedVersion(ao, row.getID());
            if (stored != current.version()) {
                throw new Refusal.StaleVersion(stored);
            }
            write(row, next.details());
            row.setGroupStatus(next.status().code());
            row.setUpdatedAt(Date.from(next.updated()));
            row.setGroupVersion(current.version() + 1);
            row.save();
            if (!current.details().serviceAreas().equals(next.details().serviceAreas())) {
                ao.deleteWithSQL(AoGroupArea.class, AoGroupArea.GROUP_ID + " = ?", row.getID());
                writeAreas(row.getID(), next.details().serviceAreas());
            }
            if (!current.details().linkedSolutions().equals(next.details().linkedSolutions())) {
                ao.deleteWithSQL(AoGroupSolution.class, AoGroupSolution.GROUP_ID + " = ?", row.getID());
                writeLinks(row.getID(), next.details().linkedSolutions());
            }
            return toGroup(row);
        });
    }

    @Override
    public WorkingGroup linkProjectPage(WorkingGroupKey key, String spaceKey, long pageId, Instant now) {
        return ao.executeInTransaction(() -> {
            AoWorkingGroup row = row(ao, key);
            row.setSpaceKey(spaceKey);
            row.setPageId(pageId);
            row.setUpdatedAt(Date.from(now));
            row.save();
            return toGroup(row);
        });
    }

    @Override
    public Optional<WorkingGroup> find(WorkingGroupKey key) {
        return optionalRow(ao, key).map(AoWorkingGroupStore::toGroup);
    }

    @Override
    public Map<WorkingGroupKey, String> names(Collection<WorkingGroupKey> keys) {
        Map<WorkingGroupKey, String> names = new HashMap<>();
        for (AoWorkingGroup row : rows(keys, () -> Query.select("ID, " + AoWorkingGroup.NAME))) {
            names.put(WorkingGroupKey.of(row.getID()), row.getName());
        }
        return names;
    }

    @Override
    public Map<WorkingGroupKey, WorkingGroup> findAll(Collection<WorkingGroupKey> keys) {
        Map<WorkingGroupKey, WorkingGroup> groups = new HashMap<>();
        for (AoWorkingGroup row : rows(keys, Query::select)) {
            groups.put(WorkingGroupKey.of(row.getID()), toGroup(row));
        }
        return groups;
    }

    /**
     * The rows of {@code keys} as {@code select} gives the columns: one statement per {@link AoSql#MAX_IN_LIST} keys
     * (none when there are no keys).
     */
    private List<AoWorkingGroup> rows(Collection<WorkingGroupKey> keys, Supplier<Query> select) {
        List<AoWorkingGroup> rows = new ArrayList<>();
        for (List<Integer> ids : AoSql.inLists(keys.stream().map(GroupRows::id).distinct().toList())) {
            rows.addAll(Arrays.asList(ao.find(AoWorkingGroup.class, select.get().where("ID IN ("
                    + AoSql.placeholders(ids.size()) + ")", ids.toArray()))));
        }
        return rows;
    }

    @Override
    public Page<WorkingGroup> list(WorkingGroupQuery query) {
        PageRequest page = query.page();
        Query q = groupFilter(Query.select(), query).order(groupOrder(query.sort()))
                .limit(page.limit()).offset(page.start());
        List<WorkingGroup> items = Arrays.stream(ao.find(AoWorkingGroup.class, q))
                .map(AoWorkingGroupStore::toGroup).toList();
        int total = ao.count(AoWorkingGroup.class, groupFilter(Query.select(), query));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public int countLedFundingBids(CouncilCode lead, WorkingGroupKey excluding) {
        String where = AoWorkingGroup.LEAD_CODE + " = ? AND " + AoWorkingGroup.MODEL_CODE + " = ? AND "
                + AoWorkingGroup.GROUP_STATUS + " <> ?";
        List<Object> params = new ArrayList<>(List.of(lead.value(), CollaborationModel.FUNDING_BID_CONSORTIUM.code(),
                GroupStatus.CLOSED.code()));
        if (excluding != null) {
            where += " AND ID <> ?";
            params.add(id(excluding));
        }
        return ao.count(AoWorkingGroup.class, Query.select().where(where, params.toArray()));
    }

    private static Query groupFilter(Query q, WorkingGroupQuery query) {
        q.alias(AoWorkingGroup.class, "g");
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        narrow(q, where, params, query.council(), query.serviceArea(), query.model());
        if (query.status() != null) {
            where.add("g." + AoWorkingGroup.GROUP_STATUS + " = ?");
            params.add(query.status().code());
        }
        if (query.spaceKey() != null) {
            where.add("g." + AoWorkingGroup.SPACE_KEY + " = ?");
            params.add(query.spaceKey());
        }
        if (!query.inAnyOf().isEmpty()) {
            q.distinct();
            q.join(AoMembership.class, "y." + AoMembership.GROUP_ID + " = g.ID").alias(AoMembership.class, "y");
            where.add(AoSql.inAnyList("y." + AoMembership.COUNCIL_CODE, query.inAnyOf().stream()
                    .map(CouncilCode::value).sorted().toList(), params));
        }
        for (String word : words(query.words())) {
            String aim = "g." + AoWorkingGroup.AIM + " LIKE ?";
            where.add("(g." + AoWorkingGroup.NAME_LOWER + " LIKE ? OR " + aim + " OR " + aim + " OR " + aim + ")");
            params.add("%" + word + "%");
            params.add("%" + word + "%");
            params.add("%" + Character.toUpperCase(word.charAt(0)) + word.substring(1) + "%");
            params.add("%" + word.toUpperCase(Locale.ROOT) + "%");
        }
        if (!where.isEmpty()) {
            q.where(String.join(" AND ", where), params.toArray());
        }
        return q;
    }

    @Override
    public Map<GroupStatus, Integer> countByStatus(WorkingGroupQuery query) {
        Map<GroupStatus, Integer> counts = new EnumMap<>(GroupStatus.class);
        for (GroupStatus status : GroupStatus.values()) {
            counts.put(status, ao.count(AoWorkingGroup.class, groupFilter(Query.select(), query.withStatus(status))));
        }
        return counts;
    }

    /**
     * The search's words, lower-cased, without LIKE wildcards, at most {@link WorkingGroupQuery#MAX_WORDS}. The name is
     * matched on its lower-cased copy; the aim (unlimited text, which AO quotes only in plain comparisons, so no
     * LOWER()) in lower case, capitalised or upper case, and whatever the case where the database compares so.
     */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", " ").split("\\s+"))
                .filter(w -> !w.isEmpty()).distinct().limit(WorkingGroupQuery.MAX_WORDS).toList();
    }

    private static String groupOrder(Sort<GroupSortField> sort) {
        String dir = sort.descending() ? " DESC" : " ASC";
        String column = sort.field() == GroupSortField.NAME ? AoWorkingGroup.NAME_LOWER : AoWorkingGroup.UPDATED_AT;
        return "g." + column + dir + ", g.ID" + dir;
    }


    @Override
    public Optional<Membership> findMembership(WorkingGroupKey key, CouncilCode council) {
        return membershipRow(ao, key, council).map(GroupRows::toMembership);
    }

    @Override
    public List<Membership> membershipsOf(WorkingGroupKey key, Collection<CouncilCode> councils) {
        if (councils.isEmpty()) {
            return List.of();
        }
        List<Membership> memberships = new ArrayList<>();
        for (List<String> codes : AoSql.inLists(councils.stream().map(CouncilCode::value).distinct().sorted()
                .toList())) {
            List<Object> params = new ArrayList<>();
            params.add(id(key));
            params.addAll(codes);
            Query q = Query.select().where(AoMembership.GROUP_ID + " = ? AND " + AoMembership.COUNCIL_CODE + " IN ("
                    + AoSql.placeholders(codes.size()) + ")", params.toArray());
            Arrays.stream(ao.find(AoMembership.class, q)).map(GroupRows::toMembership).forEach(memberships::add);
        }
        return memberships;
    }

    @Override
    public Page<Membership> members(WorkingGroupKey key, PageRequest page) {
        Query q = Query.select().where(AoMembership.GROUP_ID + " = ?", id(key))
                .order(AoMembership.ROLE_RANK + " ASC, " + AoMembership.COUNCIL_CODE + " ASC")
                .limit(page.limit()).offset(page.start());
        List<Membership> items = Arrays.stream(ao.find(AoMembership.class, q))
                .map(GroupRows::toMembership).toList();
        int total = ao.count(AoMembership.class, Query.select().where(AoMembership.GROUP_ID + " = ?", id(key)));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public Membership addMember(Membership membership, Instant now) {
        return uniqueOrConflict(ALREADY_MEMBER, () -> ao.executeInTransaction(() -> {
            AoMembership row = ao.create(AoMembership.class, membershipValues(membership));
            touchAndRecount(ao, membership.group(), now);
            return toMembership(row);
        }));
    }

    @Override
    public Membership changeRole(WorkingGroupKey key, CouncilCode council, MemberRole role, Instant now) {
        return ao.executeInTransaction(() -> {
            AoMembership row = membershipRow(ao, key, council)
                    .orElseThrow(() -> new Refusal.NotFound(key + "/" + council.value()));
            row.setMemberRole(role.code());
            row.setRoleRank(role.ordinal());
            row.save();
            touchAndRecount(ao, key, now);
            return toMembership(row);
        });
    }

    @Override
    public void removeMember(WorkingGroupKey key, CouncilCode council, Instant now) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoMembership.class, AoMembership.PAIR_KEY + " = ?", pairKey(key, council));
            touchAndRecount(ao, key, now);
            return null;
        });
    }

    @Override
    public WorkingGroup handOverLead(WorkingGroup group, CouncilCode newLead, Instant now) {
        return ao.executeInTransaction(() -> {
            WorkingGroupKey key = group.key();
            AoMembership oldLead = membershipRow(ao, key, group.leadCouncil())
                    .orElseThrow(() -> new Refusal.NotFound(key + "/" + group.leadCouncil().value()));
            AoMembership next = membershipRow(ao, key, newLead)
                    .orElseThrow(() -> new Refusal.NotFound(key + "/" + newLead.value()));
            oldLead.setMemberRole(MemberRole.MEMBER.code());
            oldLead.setRoleRank(MemberRole.MEMBER.ordinal());
            oldLead.save();
            next.setMemberRole(MemberRole.LEAD.code());
            next.setRoleRank(MemberRole.LEAD.ordinal());
            next.save();
            AoWorkingGroup row = row(ao, key);
            row.setLeadCode(newLead.value());
            row.save();
            return toGroup(touchAndRecount(ao, key, now));
        });
    }

    private static void write(AoWorkingGroup row, GroupDetails d) {
        row.setName(d.name().trim());
        row.setNameLower(sortName(d.name()));
        row.setAim(d.aim().trim());
        row.setAreas(join(d.serviceAreas()));
        row.setModelCode(d.model().code());
        row.setCadence(blankToNull(d.cadence()));
        row.setExitCriteria(blankToNull(d.exitCriteria()));
        row.setSolutions(join(d.linkedSolutions().stream().map(SolutionKey::toString).toList()));
    }

    /** The indexed copy of the linked entries that finds an entry's groups, written with the group's own text. */
    private void writeLinks(int groupId, Set<SolutionKey> linked) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SolutionKey key : linked) {
            rows.add(Map.of(AoGroupSolution.GROUP_ID, groupId, AoGroupSolution.SOLUTION_KEY, key.toString()));
        }
        if (!rows.isEmpty()) {
            ao.create(AoGroupSolution.class, rows);
        }
    }

    private void writeAreas(int groupId, Set<String> areas) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String area : areas) {
            rows.add(Map.of(AoGroupArea.GROUP_ID, groupId, AoGroupArea.AREA_CODE, area));
        }
        if (!rows.isEmpty()) {
            ao.create(AoGroupArea.class, rows);
        }
    }

    private static String sortName(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.length() > 255 ? lower.substring(0, 255) : lower;
    }

    private static String join(Collection<String> values) {
        return values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static WorkingGroup toGroup(AoWorkingGroup row) {
        GroupDetails details = new GroupDetails(row.getName(), row.getAim(), new TreeSet<>(split(row.getAreas())),
                code(CollaborationModel.class, row.getModelCode()), row.getCadence(), row.getExitCriteria(),
                split(row.getSolutions()).stream().map(SolutionKey::parse).flatMap(Optional::stream)
                        .collect(Collectors.toSet()));
        return new WorkingGroup(WorkingGroupKey.of(row.getID()), details, CouncilCode.of(row.getLeadCode()),
                code(GroupStatus.class, row.getGroupStatus()), row.getPartnerCount(), row.getSpaceKey(),
                row.getPageId(), row.getCreatedAt().toInstant(), row.getCreatedBy(), row.getUpdatedAt().toInstant(),
                row.getGroupVersion());
    }

}
