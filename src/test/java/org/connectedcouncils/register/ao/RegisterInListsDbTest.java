package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/**
 * The register's reads that take a set of councils or entries take more than an IN list holds (1,000, Oracle's
 * limit): the drafts a reader may see stay one condition of the page and its count, the lists OR-ed; the publiccode
 * extras of many entries are a statement per 1,000.
 */
public class RegisterInListsDbTest {

    private final RegisterFixture fixture = new RegisterFixture();
    private SolutionKey brightonsDraft;
    private SolutionKey hackneysDraft;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.actor.actAs(Actor.administrator("user-admin"));
        brightonsDraft = fixture.register.create(aSolution().named("Brighton's draft").ownedBy(BRIGHTON).build())
                .key();
        hackneysDraft = fixture.register.create(aSolution().named("Hackney's draft").ownedBy(HACKNEY).build())
                .key();
    }

    @Test
    public void draftsOfMoreCouncilsThanAnInListHolds_areVisibleInThePageAndItsCount() {
        Set<CouncilCode> councils = new HashSet<>(Set.of(BRIGHTON));
        for (int i = 0; i < 1_200; i++) {
            councils.add(CouncilCode.of(String.format("X%05d", i)));
        }
        Visibility reader = new Visibility(false, councils, null);

        SolutionList list;
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            list = fixture.store.list(SolutionQuery.all(), reader);
            assertThat(sql.count()).as("the page and its count, the lists OR-ed in each").isEqualTo(2);
        }

        assertThat(list.page().items()).extracting(Solution::key).containsExactly(brightonsDraft);
        assertThat(list.page().total()).isEqualTo(1);
        assertThat(fixture.store.keys(SolutionQuery.all(), reader)).containsExactly(brightonsDraft);
    }

    @Test
    public void publiccodeExtras_ofMoreEntriesThanAnInListHolds_mostAbsent_areTheirs_inAStatementPerThousand() {
        AoPubliccodeExtraStore extras = new AoPubliccodeExtraStore(fixture.db.ao());
        extras.save(new PubliccodeExtra(brightonsDraft, "0.4", "en", List.of("Somewhere"), ""));
        extras.save(new PubliccodeExtra(hackneysDraft, "0.4", "en", List.of(), "extra: yes\n"));
        List<SolutionKey> keys = new ArrayList<>(List.of(brightonsDraft));
        for (int i = 1; i <= 1_200; i++) {
            keys.add(SolutionKey.of(hackneysDraft.number() + i));
        }
        keys.add(hackneysDraft);

        Map<SolutionKey, PubliccodeExtra> found;
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            found = extras.findAll(keys);
            assertThat(sql.count()).as("1,202 keys: two IN lists, two statements").isEqualTo(2);
        }

        assertThat(found).containsOnlyKeys(brightonsDraft, hackneysDraft);
        assertThat(found.get(brightonsDraft).usedBy()).containsExactly("Somewhere");
        assertThat(found.get(hackneysDraft).unmappedYaml()).isEqualTo("extra: yes\n");
    }
}
