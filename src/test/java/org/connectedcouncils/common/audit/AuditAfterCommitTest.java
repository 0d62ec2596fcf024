package org.connectedcouncils.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.testing.RecordingAuditTrail;
import org.junit.Test;

public class AuditAfterCommitTest {

    private final RecordingAuditTrail trail = new RecordingAuditTrail();
    private final AuditAfterCommit target = new AuditAfterCommit(new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            assertThat(trail.records()).as("nothing written before the commit").isEmpty();
            return work.get();
        }
    }, trail, List.of());

    @Test
    public void recordsOutsideATransaction_areWrittenAtOnce() {
        target.record(record("a"));

        assertThat(trail.records()).extracting(AuditRecord::objectId).containsExactly("a");
    }

    @Test
    public void recordsInsideATransaction_areWrittenAfterItCommitsOnce() {
        target.inTransaction(() -> {
            target.record(record("a"));
            return target.inTransaction(() -> {
                target.record(record("b"));
                return 1;
            });
        });

        assertThat(trail.records()).extracting(AuditRecord::objectId).containsExactly("a", "b");
    }

    @Test
    public void recordsOfARolledBackTransaction_areNeverWritten() {
        assertThatThrownBy(() -> target.inTransaction(() -> {
            target.record(record("a"));
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        target.record(record("after"));

        assertThat(trail.records()).extracting(AuditRecord::objectId).containsExactly("after");
    }

    private static AuditRecord record(String id) {
        return new AuditRecord("connected-councils.audit.solution.created", "solution", id, id, "user", List.of());
    }
}
