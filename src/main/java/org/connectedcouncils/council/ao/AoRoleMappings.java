package org.connectedcouncils.council.ao;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.council.service.RoleMappings;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;

/** {@link RoleMappings} on Active Objects. */
public final class AoRoleMappings implements RoleMappings {

    private final ActiveObjects ao;

    public AoRoleMappings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<RoleMapping> candidatesFor(String userKey) {
        Query q = Query.select().where(AoRoleMapping.PRINCIPAL_TYPE + " = ? OR (" + AoRoleMapping.PRINCIPAL_TYPE
                + " = ? AND " + AoRoleMapping.PRINCIPAL + " = ?)", PrincipalType.GROUP.code(),
                PrincipalType.USER.code(), userKey);
        return Arrays.stream(ao.find(AoRoleMapping.class, q)).map(AoRoleMappings::toMapping).toList();
    }

    @Override
    public List<RoleMapping> candidatesFor(Collection<String> userKeys) {
        List<String> keys = userKeys.stream().distinct().toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Integer, RoleMapping> out = new LinkedHashMap<>();
        for (List<String> chunk : AoSql.inLists(keys)) {
            List<Object> args = new ArrayList<>();
            args.add(PrincipalType.GROUP.code());
            args.add(PrincipalType.USER.code());
            args.addAll(chunk);
            Query q = Query.select().where(AoRoleMapping.PRINCIPAL_TYPE + " = ? OR (" + AoRoleMapping.PRINCIPAL_TYPE
                    + " = ? AND " + AoRoleMapping.PRINCIPAL + " IN (" + AoSql.placeholders(chunk.size()) + "))",
                    args.toArray());
            for (AoRoleMapping row : ao.find(AoRoleMapping.class, q)) {
                out.putIfAbsent(row.getID(), toMapping(row));
            }
        }
        return List.copyOf(out.values());
    }

    @Override
    public Page<RoleMapping> list(PageRequest page) {
        Query q = Query.select().order(AoRoleMapping.PRINCIPAL + " ASC, ID ASC").limit(page.limit())
                .offset(page.start());
        List<RoleMapping> items = Arrays.stream(ao.find(AoRoleMapping.class, q)).map(AoRoleMappings::toMapping)
                .toList();
        return new Page<>(items, page.start(), page.limit(), ao.count(AoRoleMapping.class, Query.select()));
    }

    @Override
    public List<RoleMapping> editorsOf(CouncilCode council) {
        Query q = Query.select().where(AoRoleMapping.COUNCIL_CODE + " = ? AND " + AoRoleMapping.ROLE + " = ?",
                council.value(), CouncilRole.EDITOR.code()).order("ID");
        return Arrays.stream(ao.find(AoRoleMapping.class, q)).map(AoRoleMappings::toMapping).toList();
    }

    @Override
    public RoleMapping add(RoleMapping mapping) {
        return ao.executeInTransaction(() -> {
            if (find(mapping).length == 0) {
                ao.create(AoRoleMapping.class, Map.of(
                        AoRoleMapping.PRINCIPAL_TYPE, mapping.type().code(),
                        AoRoleMapping.PRINCIPAL, mapping.principal(),
                        AoRoleMapping.COUNCIL_CODE, mapping.council().value(),
                        AoRoleMapping.ROLE, mapping.role().code(),
                        AoRoleMapping.RULE_KEY, ruleKey(mapping)));
            }
            return mapping;
        });
    }

    @Override
    public boolean remove(RoleMapping mapping) {
        return ao.executeInTransaction(() -> {
            AoRoleMapping[] rows = find(mapping);
            ao.delete(rows);
            return rows.length > 0;
        });
    }

    private AoRoleMapping[] find(RoleMapping mapping) {
        return ao.find(AoRoleMapping.class, Query.select().where(AoRoleMapping.RULE_KEY + " = ?", ruleKey(mapping)));
    }

    private static String ruleKey(RoleMapping m) {
        return m.type().code() + ":" + m.principal() + ":" + m.council().value() + ":" + m.role().code();
    }

    private static RoleMapping toMapping(AoRoleMapping row) {
        return new RoleMapping(Coded.fromCode(PrincipalType.class, row.getPrincipalType()).orElseThrow(),
                row.getPrincipal(), CouncilCode.of(row.getCouncilCode()),
                Coded.fromCode(CouncilRole.class, row.getRole()).orElseThrow());
    }
}
