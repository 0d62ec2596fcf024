package org.connectedcouncils.council.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** The whole directory is one read, ordered by name, beyond the 100 a page holds. */
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
}
