package org.connectedcouncils.workinggroup.service;

import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.NOT_COUNCIL_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.open;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.workinggroup.domain.CharterValidator;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.CommitmentTerms;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry.What;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupPolicy;

/** The charter and history use cases: who may record and mark commitments, and who reads which history lines. */
public final class GroupCharters implements GroupRecords {

    static final String OBSERVER_COMMITS_NOTHING = "connected-councils.workinggroup.conflict.observerCommits";
    static final String NO_COMMITMENT = "connected-councils.workinggroup.conflict.noCommitment";
    /** The most lines of a whole charter (a line per council of the group) read for one download. */
    public static final int MAX_WHOLE_CHARTER = 10 * PageRequest.MAX_LIMIT;
    private static final Set<What> PRIVATE = Set.of(What.JOIN_REQUESTED, What.JOIN_DECLINED, What.INVITED,
            What.INVITATION_DECLINED);

    private final CharterStore charters;
    private final GroupHistoryStore history;
    private final WorkingGroupStore store;
    private final WorkingGroupGuards guards;
    private final Transactions transactions;
    private final Clock clock;

    public GroupCharters(CharterStore charters, GroupHistoryStore history, WorkingGroupStore store,
            WorkingGroupGuards guards, Transactions transactions, Clock clock) {
        this.charters = charters;
        this.history = history;
        this.store = store;
        this.guards = guards;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<Commitment> charter(WorkingGroupKey key, PageRequest page) {
        guards.signedIn();
        guards.group(key);
        return charters.charter(key, page);
    }

    @Override
    public List<Commitment> wholeCharter(WorkingGroupKey key) {
        guards.signedIn();
        guards.group(key);
        List<Commitment> all = new ArrayList<>();
        Page<Commitment> page;
        do {
            page = charters.charter(key, new PageRequest(all.size(), PageRequest.MAX_LIMIT));
            all.addAll(page.items());
        } while (page.hasNext() && all.size() < MAX_WHOLE_CHARTER);
        return all.size() > MAX_WHOLE_CHARTER ? List.copyOf(all.subList(0, MAX_WHOLE_CHARTER)) : all;
    }

    @Override
    public Commitment commit(WorkingGroupKey key, CouncilCode council, CommitmentTerms terms) {
        Actor actor = guards.signedIn();
        WorkingGroup group = open(guards.group(key));
        if (council == null || !mayCommit(actor, group, council)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        Instant now = clock.instant();
        CommitmentTerms clean = new CommitmentTerms(terms.peopleDayTenths(), terms.moneyPerYear(),
                terms.role() == null || terms.role().isBlank() ? null : terms.role().trim(), terms.agreedOn());
        CharterValidator.check(clean, LocalDate.ofInstant(now, ZoneOffset.UTC));
        Membership membership = store.findMembership(key, council)
                .orElseThrow(() -> new Conflict(GroupsAndMembers.NOT_MEMBER));
        if (membership.role() == MemberRole.OBSERVER) {
            throw new Conflict(OBSERVER_COMMITS_NOTHING);
        }
        return transactions.inTransaction(() -> {
            history.record(new GroupHistoryEntry(key, now, actor.userKey(), What.COMMITMENT_RECORDED, council,
                    clean.role()));
            return charters.save(new Commitment(key, council, clean, null, now, actor.userKey()));
        });
    }

    @Override
    public Commitment mark(WorkingGroupKey key, CouncilCode council, CommitmentProgress progress) {
        Actor actor = guards.signedIn();
        open(guards.managed(actor, key));
        Commitment current = charters.find(key, council).orElseThrow(() -> new Conflict(NO_COMMITMENT));
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            history.record(new GroupHistoryEntry(key, now, actor.userKey(), What.COMMITMENT_MARKED, council,
                    progress == null ? null : progress.code()));
            return charters.mark(new Commitment(key, council, current.terms(), progress, now, actor.userKey()));
        });
    }

    @Override
    public Page<GroupHistoryEntry> history(WorkingGroupKey key, PageRequest page) {
        Actor actor = guards.signedIn();
        WorkingGroup group = guards.group(key);
        return history.history(key, WorkingGroupPolicy.canManage(actor, group) ? Set.of() : PRIVATE, page);
    }

    @Override
    public boolean mayCommitFor(WorkingGroupKey key, CouncilCode council) {
        return mayCommit(guards.signedIn(), guards.group(key), council);
    }

    private static boolean mayCommit(Actor actor, WorkingGroup group, CouncilCode council) {
        return WorkingGroupPolicy.canManage(actor, group) || WorkingGroupPolicy.canActFor(actor, council);
    }
}
