package org.connectedcouncils.maturity.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.domain.CommitmentRules;
import org.connectedcouncils.maturity.domain.CouncilCommitment;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroupStore;

/**
 * Councils' commitments (the Local Digital Declaration signed, projects published, a working group led...): the
 * council's editors or an admin record, change and remove them; any signed-in reader lists them, by council or
 * across councils, in pages of a constant four statements (items, count, council names, linked groups).
 */
public final class CouncilCommitments {

    static final String SUMMARY = "connected-councils.audit.commitments.";

    private final CommitmentStore store;
    private final CouncilDirectory councils;
    private final WorkingGroupStore groups;
    private final MaturityGuards guards;
    private final ActorProvider actors;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final BulkImports<Pledge> imports;

    public CouncilCommitments(CommitmentStore store, CouncilDirectory councils, WorkingGroupStore groups,
            SolutionRegister solutions, ActorProvider actors, Transactions transactions, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.councils = councils;
        this.groups = groups;
        this.guards = new MaturityGuards(actors, councils, solutions);
        this.actors = actors;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.imports = new BulkImports<>(actors, councils, transactions, Pledge::council,
                (p, council) -> checked(p.council(), p.draft()));
    }

    /** A council's editor (or an admin) records a commitment of the council. */
    public CouncilCommitment add(CouncilCode code, CommitmentDraft input) {
        Actor actor = guards.editorOf(code);
        Council council = guards.council(code);
        CommitmentDraft draft = checked(code, input);
        return transactions.inTransaction(() -> {
            CouncilCommitment saved = store.add(code, draft, actor.userKey(), clock.instant());
            record("added", council, actor, saved.id(), null, draft);
            return saved;
        });
    }

    /** A council's editor (or an admin) rewrites one of the council's commitments (its status, dates...). */
    public CouncilCommitment update(CouncilCode code, long id, CommitmentDraft input) {
        Actor actor = guards.editorOf(code);
        Council council = guards.council(code);
        CouncilCommitment before = own(code, id);
        CommitmentDraft draft = checked(code, input);
        return transactions.inTransaction(() -> {
            CouncilCommitment saved = store.update(id, draft, clock.instant());
            record("changed", council, actor, id, before.draft(), draft);
            return saved;
        });
    }

    /** A council's editor (or an admin) removes one of the council's commitments (withdrawing one keeps it). */
    public void delete(CouncilCode code, long id) {
        Actor actor = guards.editorOf(code);
        Council council = guards.council(code);
        CouncilCommitment before = own(code, id);
        transactions.inTransaction(() -> {
            store.delete(id);
            record("removed", council, actor, id, before.draft(), null);
            return null;
        });
    }

    /** A commitment to import: the council that made it and what it is. */
    public record Pledge(CouncilCode council, CommitmentDraft draft) {
    }

    /**
     * An administrator's import, checked: the problems of each pledge by its index (empty when all hold), under the
     * same rules as {@link #add}, plus a council that is not in the directory. Writes nothing.
     */
    public Map<Integer, List<FieldError>> check(List<Pledge> pledges) {
        return imports.check(pledges);
    }

    /** An administrator's import: every pledge added in one transaction, or none when any breaks a rule. */
    public int addAll(List<Pledge> pledges) {
        return imports.addAll(pledges, (actor, council, p) -> {
            CommitmentDraft draft = p.draft().trimmed();
            CouncilCommitment saved = store.add(p.council(), draft, actor.userKey(), clock.instant());
            record("added", council, actor, saved.id(), null, draft);
        });
    }

    /** One commitment of a council (NotFound when it is another council's). */
    public ListedCommitment get(CouncilCode code, long id) {
        guards.signedIn();
        CouncilCommitment found = own(code, id);
        return listed(List.of(found)).get(0);
    }

    /** A page of commitments, newest recorded first, with council names and linked groups. */
    public Page<ListedCommitment> list(CommitmentFilter filter, PageRequest page) {
        guards.signedIn();
        if (filter.council() != null) {
            guards.council(filter.council());
        }
        Page<CouncilCommitment> found = store.list(filter, page);
        return new Page<>(listed(found.items()), found.start(), found.limit(), found.total());
    }

    private List<ListedCommitment> listed(List<CouncilCommitment> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Set<CouncilCode> codes = new LinkedHashSet<>();
        Set<WorkingGroupKey> keys = new LinkedHashSet<>();
        for (CouncilCommitment c : items) {
            codes.add(c.council());
            if (c.draft().group() != null) {
                keys.add(WorkingGroupKey.of(c.draft().group()));
            }
        }
        Map<CouncilCode, Council> known = councils.findAll(codes);
        Map<WorkingGroupKey, WorkingGroup> linked = groups.findAll(keys);
        return items.stream().map(c -> {
            Council council = known.get(c.council());
            WorkingGroup group = c.draft().group() == null ? null : linked.get(WorkingGroupKey.of(c.draft().group()));
            return new ListedCommitment(c, council == null ? c.council().value() : council.name(), group,
                    c.draft().group() != null && group == null);
        }).toList();
    }

    private CouncilCommitment own(CouncilCode code, long id) {
        return store.find(id).filter(c -> c.council().equals(code))
                .orElseThrow(() -> new Refusal.NotFound(code + ":" + id));
    }

    /** The trimmed draft once its bounds hold and its group exists with the council as lead or member. */
    private CommitmentDraft checked(CouncilCode code, CommitmentDraft input) {
        CommitmentDraft draft = input.trimmed();
        CommitmentRules.check(draft, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (draft.group() != null) {
            if (draft.group() < 1 || draft.group() > Integer.MAX_VALUE) {
                throw ValidationException.of(FieldError.of("group", CommitmentRules.UNKNOWN_GROUP,
                        "WG-" + draft.group()));
            }
            WorkingGroupKey key = WorkingGroupKey.of(draft.group());
            WorkingGroup group = groups.find(key).orElseThrow(() -> ValidationException.of(
                    FieldError.of("group", CommitmentRules.UNKNOWN_GROUP, key.toString())));
            if (!group.leadCouncil().equals(code) && groups.findMembership(key, code).isEmpty()) {
                throw ValidationException.of(FieldError.of("group", CommitmentRules.NOT_IN_GROUP, key.toString()));
            }
        }
        return draft;
    }

    private void record(String what, Council council, Actor actor, long id, CommitmentDraft from,
            CommitmentDraft to) {
        audit.record(new AuditRecord(SUMMARY + what, "council", council.code().toString(), council.name(),
                actor.userKey(), List.of(new AuditRecord.Change("commitment" + id, describe(from), describe(to)))));
    }

    private static String describe(CommitmentDraft d) {
        return d == null ? null : d.kind().code() + " " + d.status().code() + " "
                + Objects.toString(d.madeOn(), "") + (d.title() == null ? "" : " " + d.title());
    }
}
