package org.connectedcouncils.common.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.sql.SQLIntegrityConstraintViolationException;

import org.junit.Test;

/** How {@link AoSql} tells a duplicate key from other constraint failures, per database family. */
public final class AoSqlTest {

    @Test
    public void inLists_cutLongCollectionsIntoListsOfAtMostOneThousandInOrder() {
        List<Integer> values = IntStream.rangeClosed(1, 2_345).boxed().toList();

        List<List<Integer>> lists = AoSql.inLists(values);

        assertThat(lists).extracting(List::size).containsExactly(1000, 1000, 345);
        assertThat(lists.stream().flatMap(List::stream).toList()).isEqualTo(values);
        assertThat(AoSql.inLists(List.of())).isEmpty();
    }

    @Test
    public void placeholders_stopAtOraclesLimitOfOneThousandValuesInAList() {
        assertThat(AoSql.placeholders(3)).isEqualTo("?,?,?");
        assertThat(AoSql.placeholders(AoSql.MAX_IN_LIST).split(",")).hasSize(1000);
        assertThatThrownBy(() -> AoSql.placeholders(AoSql.MAX_IN_LIST + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
    }

    @Test
    public void inAnyList_isOneConditionOfInListsOfAtMostOneThousandJoinedByOr_addingTheValuesInOrder() {
        List<Integer> values = IntStream.rangeClosed(1, 1_201).boxed().toList();
        List<Object> params = new ArrayList<>(List.of("before"));

        String condition = AoSql.inAnyList("s.CODE", values, params);

        assertThat(condition).isEqualTo("(s.CODE IN (" + AoSql.placeholders(1000) + ") OR s.CODE IN ("
                + AoSql.placeholders(201) + "))");
        assertThat(params).hasSize(1_202).startsWith("before", 1, 2).endsWith(1_201);
        assertThat(AoSql.inAnyList("CODE", List.of("A"), new ArrayList<>())).isEqualTo("(CODE IN (?))");
        assertThatThrownBy(() -> AoSql.inAnyList("CODE", List.of(), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void isUniqueViolation_recognisesEachDatabasesDuplicateKey() {
        assertThat(AoSql.isUniqueViolation(new SQLException("h2/postgres", "23505"))).isTrue();
        SQLException mysql = new SQLIntegrityConstraintViolationException("mysql", "23000", 1062);
        assertThat(AoSql.isUniqueViolation(new IllegalStateException(mysql.getMessage(), mysql))).isTrue();
        assertThat(AoSql.isUniqueViolation(new SQLException("oracle ORA-00001", "23000", 1))).isTrue();
        assertThat(AoSql.isUniqueViolation(new SQLException("sql server constraint", "23000", 2627))).isTrue();
        assertThat(AoSql.isUniqueViolation(new SQLException("sql server index", "23000", 2601))).isTrue();
    }

    @Test
    public void isUniqueViolation_ignoresOtherConstraintFailures() {
        assertThat(AoSql.isUniqueViolation(new SQLException("mysql column cannot be null", "23000", 1048))).isFalse();
        assertThat(AoSql.isUniqueViolation(new SQLException("mysql foreign key", "23000", 1452))).isFalse();
        assertThat(AoSql.isUniqueViolation(new SQLException("postgres foreign key", "23503"))).isFalse();
        assertThat(AoSql.isUniqueViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }

    @Test
    public void unlessDuplicate_answersTheWritesAnswer_falseForADuplicateKey_andPassesOtherFailuresOn() {
        assertThat(AoSql.unlessDuplicate(() -> true)).isTrue();
        assertThat(AoSql.unlessDuplicate(() -> false)).isFalse();
        SQLException duplicate = new SQLException("h2/postgres", "23505");
        assertThat(AoSql.unlessDuplicate(() -> {
            throw new IllegalStateException(duplicate.getMessage(), duplicate);
        })).isFalse();
        SQLException nullColumn = new SQLException("mysql column cannot be null", "23000", 1048);
        assertThatThrownBy(() -> AoSql.unlessDuplicate(() -> {
            throw new IllegalStateException(nullColumn.getMessage(), nullColumn);
        })).isInstanceOf(IllegalStateException.class).hasCause(nullColumn);
    }
}
