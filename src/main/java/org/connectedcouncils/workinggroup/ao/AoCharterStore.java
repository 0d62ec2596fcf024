package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.id;
import static org.connectedcouncils.workinggroup.ao.GroupRows.pairKey;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.CommitmentTerms;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.CharterStore;

/** {@link CharterStore} on Active Objects; one commitment per (group, council) is a unique column. */
public final class AoCharterStore implements CharterStore {

    static final String COMMITMENT_CLASH = "connected-councils.workinggroup.conflict.commitmentClash";

    private final ActiveObjects ao;

    public AoCharterStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<Commitment> charter(WorkingGroupKey key, PageRequest page) {
        Query q = Query.select().where(AoCommitment.GROUP_ID + " = ?", id(key))
                .order(AoCommitment.COUNCIL_CODE + " ASC").limit(page.limit()).offset(page.start());
        List<Commitment> items = Arrays.stream(ao.find(AoCommitment.class, q)).map(AoCharterStore::toCommitment)
                .toList();
        int total = ao.count(AoCommitment.class, Query.select().where(AoCommitment.GROUP_ID + " = ?", id(key)));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public Optional<Commitment> find(WorkingGroupKey key, CouncilCode council) {
        return row(key, council).map(AoCharterStore::toCommitment);
    }

    @Override
    public Commitment save(Commitment c) {
        return AoSql.uniqueOrConflict(COMMITMENT_CLASH, () -> ao.executeInTransaction(() -> {
            AoCommitment row = row(c.group(), c.council()).orElseGet(() -> ao.create(AoCommitment.class, Map.of(
                    AoCommitment.GROUP_ID, id(c.group()), AoCommitment.COUNCIL_CODE, c.council().value(),
                    AoCommitment.PAIR_KEY, pairKey(c.group(), c.council()),
                    AoCommitment.UPDATED_AT, Date.from(c.updated()))));
            CommitmentTerms t = c.terms();
            row.setPeopleDays(t.peopleDayTenths());
            row.setMoney(t.moneyPerYear());
            row.setCommitRole(t.role());
            row.setAgreedOn(t.agreedOn() == null ? null
                    : Date.from(t.agreedOn().atStartOfDay().toInstant(ZoneOffset.UTC)));
            row.setUpdatedAt(Date.from(c.updated()));
            row.setUpdatedBy(c.updatedBy());
            row.save();
            return toCommitment(row);
        }));
    }

    @Override
    public Commitment mark(Commitment c) {
        return ao.executeInTransaction(() -> {
            AoCommitment row = row(c.group(), c.council()).orElseThrow();
            row.setProgress(c.progress() == null ? null : c.progress().code());
            row.setUpdatedAt(Date.from(c.updated()));
            row.setUpdatedBy(c.updatedBy());
            row.save();
            return toCommitment(row);
        });
    }

    private Optional<AoCommitment> row(WorkingGroupKey key, CouncilCode council) {
        AoCommitment[] rows = ao.find(AoCommitment.class,
                Query.select().where(AoCommitment.PAIR_KEY + " = ?", pairKey(key, council)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static Commitment toCommitment(AoCommitment row) {
        CommitmentTerms terms = new CommitmentTerms(row.getPeopleDays(), row.getMoney(), row.getCommitRole(),
                row.getAgreedOn() == null ? null
                        : row.getAgreedOn().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        return new Commitment(WorkingGroupKey.of(row.getGroupId()), CouncilCode.of(row.getCouncilCode()), terms,
                Coded.fromCode(CommitmentProgress.class, row.getProgress()).orElse(null),
                row.getUpdatedAt().toInstant(), row.getUpdatedBy());
    }
}
