package org.connectedcouncils.council.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/** The whole directory is one read, ordered by name, beyond the 100 a page holds; councils by code, beyond 1,000. */
public class AoCouncilDirectoryDbTest {

    private final RegisterFixture fixture = new RegisterFixture();

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void all_returnsEveryCouncilByName_evenMoreThanOnePage() {
        int extra = PageRequest.MAX_LIMIT + 20;
        for (int i = 0; i < extra; i++) {
            fixture.councils.save(Council.active(String.format("X%05d", i), String.format("Council %03d", extra - i),
                    CouncilType.DISTRICT, "Test"));
        }

        List<Council> all = fixture.councils.all();

        assertThat(all).hasSize(extra + 3);
        assertThat(all).extracting(c -> c.name().toLowerCase(java.util.Locale.ROOT)).isSorted();
        assertThat(all).extracting(c -> c.code().value()).contains("X00000", "X00119", "E09000012");
        assertThat(fixture.councils.list(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items())
                .hasSize(PageRequest.MAX_LIMIT);
    }

    @Test
    public void findAll_ofMoreCodesThanAnInListHolds_mostAbsent_findsThePresentOnes_inAStatementPerThousand() {
        fixture.councils.save(Council.active("X00005", "Council five", CouncilType.DISTRICT, "Test"));
        fixture.councils.save(Council.active("X01150", "Council eleven-fifty", CouncilType.DISTRICT, "Test"));
        List<CouncilCode> codes = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            codes.add(CouncilCode.of(String.format("X%05d", i)));
        }
        codes.add(CouncilCode.of("E09000012"));

        Map<CouncilCode, Council> found;
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            found = fixture.councils.findAll(codes);
            assertThat(sql.count()).as("1,201 codes: two IN lists, two statements").isEqualTo(2);
        }

        assertThat(found.keySet()).extracting(CouncilCode::value)
                .containsExactlyInAnyOrder("X00005", "X01150", "E09000012");
        assertThat(found.get(CouncilCode.of("X01150")).name()).isEqualTo("Council eleven-fifty");
    }
}
