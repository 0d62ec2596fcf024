package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** The {@code like} and {@code sameNation} parameters of the register and the directory over real HTTP. */
public class CouncilsLikeMineResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void solutions_likeBrighton_listsOnlyEntriesOfUnitaryOwners() {
        fixture.data.councils.save(Council.active("E06000001", "Hartlepool Borough Council", CouncilType.UNITARY,
                "North East"));
        fixture.data.actor.actAs(Actor.administrator("user-admin"));
        for (String owner : List.of(BRIGHTON.value(), "E06000001", LEEDS.value())) {
            var created = fixture.data.register.create(aSolution().named("Entry of " + owner)
                    .ownedBy(org.connectedcouncils.common.domain.CouncilCode.of(owner)).build());
            fixture.data.register.publish(created.key());
        }

        Result result = target.get(VIEWER, "solutions?like=E06000043&sort=name");

        assertThat(result.status()).isEqualTo(200);
        List<String> owners = new ArrayList<>();
        result.json().path("results").forEach(s -> owners.add(s.path("ownerCouncil").path("code").asText()));
        assertThat(owners).containsExactly("E06000001", "E06000043");
    }

    @Test
    public void solutions_unknownCouncilOrBadFlag_answers400NamingTheParameter() {
        Result unknown = target.get(VIEWER, "solutions?like=E99999999");
        Result notACode = target.get(VIEWER, "solutions?like=x&sameNation=perhaps");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("like");
        assertThat(unknown.errorCodes()).containsExactly(FieldChecks.UNKNOWN_COUNCIL);
        assertThat(notACode.status()).isEqualTo(400);
        assertThat(notACode.errorFields()).containsExactlyInAnyOrder("like", "sameNation");
    }

    @Test
    public void rowsAndCsv_unknownCouncil_answer400NamingLike() {
        Result rows = target.get(VIEWER, "solutions.html?like=E99999999");
        Result csv = target.get(VIEWER, "solutions.csv?like=E99999999");

        assertThat(rows.status()).isEqualTo(400);
        assertThat(rows.errorFields()).containsExactly("like");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.errorFields()).containsExactly("like");
    }

    @Test
    public void councils_likeBrighton_listsTheUnitariesAndRejectsAnUnknownCouncil() {
        fixture.data.councils.save(Council.active("E06000001", "Hartlepool Borough Council", CouncilType.UNITARY,
                "North East"));

        Result like = target.get(ADMIN, "councils?like=E06000043&sameNation=true");
        Result unknown = target.get(VIEWER, "councils?like=E99999999");

        assertThat(like.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        like.json().path("results").forEach(c -> codes.add(c.path("code").asText()));
        assertThat(codes).containsExactly("E06000043", "E06000001");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("like");
    }
}
