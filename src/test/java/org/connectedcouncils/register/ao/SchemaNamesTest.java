package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.StringLength;

import org.connectedcouncils.testing.TestDatabase;
import org.junit.Test;

/** AO's naming limits, checked on every entity the descriptor declares, with Confluence's converters. */
public class SchemaNamesTest {

    private static final Set<String> RESERVED = Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2",
            "USER", "ORDER", "GROUP", "KEY", "VALUE", "DATE", "LEVEL");

    private final List<Class<? extends RawEntity<?>>> entities = TestDatabase.descriptorEntities();
    private final AtlassianTableNameConverter tables = new AtlassianTableNameConverter(n -> "AO_3FA6A8_" + n);
    private final AtlassianFieldNameConverter columns = new AtlassianFieldNameConverter();

    @Test
    public void descriptor_declaresEntities() {
        assertThat(entities).isNotEmpty();
    }

    @Test
    public void tableNames_fitOracleLimitWithPrefix() {
        List<String> tooLong = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            String name = tables.getName(entity);
            if (name.length() > 30) {
                tooLong.add(name);
            }
        }

        assertThat(tooLong).isEmpty();
    }

    @Test
    public void columnNames_areShortAndNotReserved() {
        List<String> bad = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            for (Method m : entity.getMethods()) {
                if (m.getDeclaringClass().getPackageName().startsWith("net.java.ao") || !isGetter(m)) {
                    continue;
                }
                String column = columns.getName(m);
                if (column.length() > 30 || RESERVED.contains(column)) {
                    bad.add(entity.getSimpleName() + "." + column);
                }
            }
        }

        assertThat(bad).isEmpty();
    }

    @Test
    public void longStrings_areUnlimitedOrWithinAoMaximum() {
        for (Class<? extends RawEntity<?>> entity : entities) {
            for (Method m : entity.getMethods()) {
                StringLength length = m.getAnnotation(StringLength.class);
                if (length != null) {
                    assertThat(length.value()).as(entity.getSimpleName() + "." + m.getName())
                            .satisfiesAnyOf(v -> assertThat(v).isEqualTo(StringLength.UNLIMITED),
                                    v -> assertThat(v).isBetween(1, StringLength.MAX_LENGTH));
                }
            }
        }
    }

    private static boolean isGetter(Method m) {
        return m.getParameterCount() == 0 && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                && !m.getName().equals("getID") && !m.getName().equals("getEntityType")
                && !m.getName().equals("getEntityManager");
    }
}
