package org.connectedcouncils.testing;

import java.time.Instant;
import java.time.LocalDate;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.maturity.ao.AoCommitmentStore;
import org.connectedcouncils.maturity.ao.AoMaturityStore;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroupStore;

/** The maturity use cases wired on the test database over {@link RegisterFixture}'s register, actor and clock. */
public final class MaturityFixture {

    public final RegisterFixture register = new RegisterFixture();
    public final AoMaturityStore store = new AoMaturityStore(register.db.ao());
    public final Maturity maturity = over(register, store);

    /** The maturity use cases over another fixture's register, on its database (the council profile needs them). */
    public static Maturity over(RegisterFixture register) {
        return over(register, new AoMaturityStore(register.db.ao()));
    }

    /** Councils' commitments over another fixture's register, on its database (the council profile needs them). */
    public static CouncilCommitments commitmentsOver(RegisterFixture register) {
        return new CouncilCommitments(new AoCommitmentStore(register.db.ao()), register.councils,
                new AoWorkingGroupStore(register.db.ao()), register.register, register.actor, register.transactions,
                register.transactions, register.clock);
    }

    private static Maturity over(RegisterFixture register, AoMaturityStore store) {
        return new Maturity(store, register.councils, register.serviceAreas, register.register, register.actor,
                register.transactions, register.transactions, register.transactions, register.clock);
    }

    /** Stores an assessment straight through the store, as an admin, dated 1 November 2026 (the store's tests). */
    public void assess(CouncilCode council, String area, int level) {
        store.append(council, new NewAssessment(area, level, LocalDate.of(2026, 11, 1), "Checked", Evidence.NONE),
                "admin", Instant.parse("2026-11-01T10:00:00Z"));
    }

    public MaturityFixture reset() {
        register.reset();
        return this;
    }
}
