package org.connectedcouncils.maturity.ao;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.domain.CommitmentKind;
import org.connectedcouncils.maturity.domain.CommitmentStatus;
import org.connectedcouncils.maturity.domain.CouncilCommitment;
import org.connectedcouncils.maturity.service.CommitmentStore;

/** {@link CommitmentStore} on Active Objects: one statement per read, two per page (items and count). */
public final class AoCommitmentStore implements CommitmentStore {

    private final ActiveObjects ao;

    public AoCommitmentStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public CouncilCommitment add(CouncilCode council, CommitmentDraft draft, String author, Instant now) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoPledge.COUNCIL_CODE, council.toString());
            values.put(AoPledge.KIND, draft.kind().code());
            values.put(AoPledge.STATUS, draft.status().code());
            values.put(AoPledge.CREATED_AT, Date.from(now));
            values.put(AoPledge.UPDATED_AT, Date.from(now));
            AoPledge row = ao.create(AoPledge.class, values);
            row.setAuthor(author);
            write(row, draft);
            row.save();
            return toCommitment(row);
        });
    }

    @Override
    public Optional<CouncilCommitment> find(long id) {
        AoPledge[] rows = ao.find(AoPledge.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toCommitment(rows[0]));
    }

    @Override
    public CouncilCommitment update(long id, CommitmentDraft draft, Instant now) {
        return ao.executeInTransaction(() -> {
            AoPledge[] rows = ao.find(AoPledge.class, Query.select().where("ID = ?", (int) id));
            if (rows.length == 0) {
                throw new Refusal.NotFound(String.valueOf(id));
            }
            AoPledge row = rows[0];
            row.setKind(draft.kind().code());
            row.setStatus(draft.status().code());
            row.setUpdatedAt(Date.from(now));
            write(row, draft);
            row.save();
            return toCommitment(row);
        });
    }

    @Override
    public boolean delete(long id) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AoPledge.class, "ID = ?", (int) id) > 0);
    }

    @Override
    public Page<CouncilCommitment> list(CommitmentFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.council() != null) {
            where.add(AoPledge.COUNCIL_CODE + " = ?");
            params.add(filter.council().toString());
        }
        if (filter.status() != null) {
            where.add(AoPledge.STATUS + " = ?");
            params.add(filter.status().code());
        }
        if (filter.kind() != null) {
            where.add(AoPledge.KIND + " = ?");
            params.add(filter.kind().code());
        }
        Query items = Query.select().order(AoPledge.CREATED_AT + " DESC, ID DESC")
                .limit(page.limit()).offset(page.start());
        Query count = Query.select();
        if (!where.isEmpty()) {
            items.where(String.join(" AND ", where), params.toArray());
            count.where(String.join(" AND ", where), params.toArray());
        }
        List<CouncilCommitment> found = Arrays.stream(ao.find(AoPledge.class, items))
                .map(AoCommitmentStore::toCommitment).toList();
        return new Page<>(found, page.start(), page.limit(), ao.count(AoPledge.class, count));
    }

    private static void write(AoPledge row, CommitmentDraft draft) {
        row.setTitle(draft.title());
        row.setMadeOn(date(draft.madeOn()));
        row.setDueBy(date(draft.dueBy()));
        row.setMetOn(date(draft.metOn()));
        row.setGroupNo(draft.group());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static CouncilCommitment toCommitment(AoPledge row) {
        CommitmentDraft draft = new CommitmentDraft(
                Coded.fromCode(CommitmentKind.class, row.getKind()).orElse(CommitmentKind.OTHER), row.getTitle(),
                Coded.fromCode(CommitmentStatus.class, row.getStatus()).orElse(CommitmentStatus.PLANNED),
                day(row.getMadeOn()), day(row.getDueBy()), day(row.getMetOn()), row.getGroupNo());
        return new CouncilCommitment(row.getID(), CouncilCode.of(row.getCouncilCode()), draft, row.getAuthor(),
                row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant());
    }
}
