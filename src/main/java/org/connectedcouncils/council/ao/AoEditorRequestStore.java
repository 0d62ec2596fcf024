package org.connectedcouncils.council.ao;

import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
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
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.council.domain.EditorRequest;
import org.connectedcouncils.council.domain.EditorRequestState;
import org.connectedcouncils.council.service.EditorRequestStore;

/** {@link EditorRequestStore} on Active Objects; one pending request per person and council is a unique column. */
public final class AoEditorRequestStore implements EditorRequestStore {

    private final ActiveObjects ao;

    public AoEditorRequestStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public EditorRequest create(EditorRequest r) {
        return AoSql.uniqueOrConflict(PENDING, () -> ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoEditorRequest.COUNCIL_CODE, r.council().value());
            values.put(AoEditorRequest.REQUESTER, r.requester());
            values.put(AoEditorRequest.PENDING_KEY, r.council().value() + ":" + r.requester());
            values.put(AoEditorRequest.REQUEST_STATE, r.state().code());
            values.put(AoEditorRequest.REQUESTED_AT, Date.from(r.requestedAt()));
            AoEditorRequest row = ao.create(AoEditorRequest.class, values);
            row.setReason(r.reason());
            row.save();
            return toRequest(row);
        }));
    }

    @Override
    public Optional<EditorRequest> find(CouncilCode council, long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoEditorRequest.class, (int) id))
                .filter(r -> r.getCouncilCode().equals(council.value()))
                .map(AoEditorRequestStore::toRequest);
    }

    @Override
    public EditorRequest decide(EditorRequest decided) {
        return ao.executeInTransaction(() -> {
            AoEditorRequest row = ao.get(AoEditorRequest.class, (int) decided.id());
            row.setDecidedAt(Date.from(decided.decidedAt()));
            row.save();
            // The write above holds the row lock: a concurrent decision waits for it, then finds it decided.
            if (ao.count(AoEditorRequest.class, Query.select().where("ID = ? AND " + AoEditorRequest.REQUEST_STATE
                    + " = ?", row.getID(), EditorRequestState.PENDING.code())) == 0) {
                throw new Refusal.Conflict(DECIDED);
            }
            row.setPendingKey("decided-" + row.getID());
            row.setRequestState(decided.state().code());
            row.setDecidedBy(decided.decidedBy());
            row.setRefusal(decided.refusal());
            row.save();
            return toRequest(row);
        });
    }

    @Override
    public Page<EditorRequest> pending(CouncilCode council, PageRequest page) {
        String where = AoEditorRequest.COUNCIL_CODE + " = ? AND " + AoEditorRequest.REQUEST_STATE + " = ?";
        Object[] params = {council.value(), EditorRequestState.PENDING.code()};
        Query q = Query.select().where(where, params).order(AoEditorRequest.REQUESTED_AT + " ASC, ID ASC")
                .limit(page.limit()).offset(page.start());
        List<EditorRequest> items = Arrays.stream(ao.find(AoEditorRequest.class, q))
                .map(AoEditorRequestStore::toRequest).toList();
        return new Page<>(items, page.start(), page.limit(),
                ao.count(AoEditorRequest.class, Query.select().where(where, params)));
    }

    @Override
    public Optional<EditorRequest> latest(CouncilCode council, String userKey) {
        Query q = Query.select().where(AoEditorRequest.COUNCIL_CODE + " = ? AND " + AoEditorRequest.REQUESTER
                + " = ?", council.value(), userKey).order(AoEditorRequest.REQUESTED_AT + " DESC, ID DESC").limit(1);
        return Arrays.stream(ao.find(AoEditorRequest.class, q)).findFirst().map(AoEditorRequestStore::toRequest);
    }

    private static EditorRequest toRequest(AoEditorRequest row) {
        return new EditorRequest(row.getID(), CouncilCode.of(row.getCouncilCode()), row.getRequester(),
                row.getReason(), Coded.fromCode(EditorRequestState.class, row.getRequestState()).orElseThrow(),
                row.getRequestedAt().toInstant(), row.getDecidedBy(),
                row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant(), row.getRefusal());
    }
}
