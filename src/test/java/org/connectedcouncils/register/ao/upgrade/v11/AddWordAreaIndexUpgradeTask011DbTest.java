package org.connectedcouncils.register.ao.upgrade.v11;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/**
 * model version 11 on a database of the version before it (on H2, PostgreSQL and MariaDB, like every *DbTest): the
 * word and area rows seeded in the old shape stay as they were, and the new word-and-area index holds exactly one
 * row per word and area of the same entry (none for an entry without areas), in more than one insert batch.
 */
public class AddWordAreaIndexUpgradeTask011DbTest {

    @Test
    public void upgrade_fillsOneRowPerWordAndAreaOfEachEntryAndKeepsTheOldRows() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoSearchTokenV11.class, AoSolutionAreaV11.class);
        // 60 entries x 10 words x 2 areas = 1,200 rows: more than one batch of 1,000.
        for (int id = 1; id <= 60; id++) {
            for (int w = 0; w < 10; w++) {
                ao.create(AoSearchTokenV11.class, Map.of(AoSearchTokenV11.SOLUTION_ID, id, AoSearchTokenV11.TOKEN,
                        "word" + (id % 7) + "x" + w));
            }
            ao.create(AoSolutionAreaV11.class, Map.of(AoSolutionAreaV11.SOLUTION_ID, id, AoSolutionAreaV11.AREA_CODE,
                    "waste"));
            ao.create(AoSolutionAreaV11.class, Map.of(AoSolutionAreaV11.SOLUTION_ID, id, AoSolutionAreaV11.AREA_CODE,
                    "area" + (id % 5)));
        }
        // An entry with words and no area, and one with an area and no words.
        ao.create(AoSearchTokenV11.class, Map.of(AoSearchTokenV11.SOLUTION_ID, 61, AoSearchTokenV11.TOKEN, "lonely"));
        ao.create(AoSolutionAreaV11.class, Map.of(AoSolutionAreaV11.SOLUTION_ID, 62, AoSolutionAreaV11.AREA_CODE,
                "parking"));
        TreeSet<String> tokensBefore = tokens(ao);
        TreeSet<String> areasBefore = areas(ao);
        TreeSet<String> expected = new TreeSet<>();
        for (String token : tokensBefore) {
            String[] t = token.split(":");
            for (String area : areasBefore) {
                String[] a = area.split(":");
                if (a[0].equals(t[0])) {
                    expected.add(t[0] + ":" + t[1] + ":" + a[1]);
                }
            }
        }

        new AddWordAreaIndexUpgradeTask011().upgrade(null, ao); // ModelVersion is a body-less stand-in here

        assertThat(tokens(ao)).isEqualTo(tokensBefore).hasSize(601);
        assertThat(areas(ao)).isEqualTo(areasBefore).hasSize(121);
        List<String> index = new ArrayList<>();
        ao.stream(AoWordAreaV11.class, Query.select("ID, SOLUTION_ID, WORD, AREA_CODE"),
                r -> index.add(r.getSolutionId() + ":" + r.getWord() + ":" + r.getAreaCode()));
        assertThat(index).hasSize(1_200).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(index)).isEqualTo(expected);
        assertThat(ao.count(AoWordAreaV11.class, Query.select().where("WORD = ? AND AREA_CODE = ?", "word3x4",
                "waste"))).isEqualTo(9); // ids 3, 10, ..., 59
    }

    @Test
    public void upgrade_onAnEmptyRegisterCreatesAnEmptyIndex() {
        ActiveObjects ao = TestDatabase.fresh();
        ao.migrate(AoSearchTokenV11.class, AoSolutionAreaV11.class);
        new AddWordAreaIndexUpgradeTask011().upgrade(null, ao);
        assertThat(ao.count(AoWordAreaV11.class, Query.select())).isZero();
    }

    private static TreeSet<String> tokens(ActiveObjects ao) {
        TreeSet<String> out = new TreeSet<>();
        ao.stream(AoSearchTokenV11.class, Query.select("ID, SOLUTION_ID, TOKEN"),
                r -> out.add(r.getSolutionId() + ":" + r.getToken()));
        return out;
    }

    private static TreeSet<String> areas(ActiveObjects ao) {
        TreeSet<String> out = new TreeSet<>();
        ao.stream(AoSolutionAreaV11.class, Query.select("ID, SOLUTION_ID, AREA_CODE"),
                r -> out.add(r.getSolutionId() + ":" + r.getAreaCode()));
        return out;
    }
}
