package org.connectedcouncils.admin.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.PersonalData;
import org.connectedcouncils.register.ao.AoRegisterPersonalData;
import org.connectedcouncils.register.ao.AoSolutionVersion;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** The erasure is one transaction: when a feature fails, what the others rewrote is rolled back and not audited. */
public class PersonalDataErasureDbTest {

    private static final String PERSON = "user-leaving";

    private final RegisterFixture fixture = new RegisterFixture();

    @Before
    public void setUp() {
        fixture.reset();
        fixture.actor.actAs(Actor.administrator("user-admin"));
        fixture.db.ao().create(AoSolutionVersion.class, Map.of("SOLUTION_ID", 1, "VERSION_KEY", "1:1",
                "SAVED_BY", PERSON, "SAVED_AT", new Date()));
    }

    @Test
    public void aFailingFeature_rollsBackTheOthersAndIsNotAudited() {
        PersonalData failing = (key, marker) -> {
            throw new IllegalStateException("disk full");
        };
        PersonalDataErasure target = new PersonalDataErasure(fixture.actor,
                List.of(new AoRegisterPersonalData(fixture.db.ao()), failing), new AoTransactions(fixture.db.ao()),
                fixture.audit);

        assertThatThrownBy(() -> target.anonymise(PERSON)).hasMessage("disk full");

        fixture.db.entityManager().flushAll();
        assertThat(fixture.db.ao().find(AoSolutionVersion.class, Query.select()))
                .extracting(AoSolutionVersion::getSavedBy).containsExactly(PERSON);
        assertThat(fixture.audit.records()).isEmpty();
    }

    @Test
    public void eachErasure_getsItsOwnMarker() {
        PersonalDataErasure target = new PersonalDataErasure(fixture.actor,
                List.of(new AoRegisterPersonalData(fixture.db.ao())), new AoTransactions(fixture.db.ao()),
                fixture.audit);

        String first = target.anonymise(PERSON).marker();
        String second = target.anonymise("someone-else").marker();

        assertThat(first).startsWith(PersonalDataErasure.MARKER_PREFIX).isNotEqualTo(second);
    }
}
