package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.Test;

import org.connectedcouncils.common.io.CsvReader;
import org.connectedcouncils.common.io.CsvRow;
import org.connectedcouncils.common.io.ImportLimits;
import org.connectedcouncils.common.service.AdminAccess;
import org.connectedcouncils.council.io.CouncilCsvImport;
import org.connectedcouncils.register.domain.RegisterColumn;

/** Every message key the import/export code can report has text in the i18n properties. */
public class IoMessagesTest {

    @Test
    public void everyErrorKeyAndColumnHeadingHasText() throws IOException, IllegalAccessException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/connected-councils.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (Class<?> type : List.of(ImportLimits.class, PubliccodeYaml.class, PubliccodeValidator.class,
                PubliccodeMigration.class, CsvReader.class, CsvRow.class, AdminAccess.class, SolutionCsvImport.class,
                CouncilCsvImport.class, YamlChecks.class)) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    String value = (String) field.get(null);
                    if (value.startsWith("connected-councils.") && !value.endsWith(".")) {
                        keys.add(value);
                    }
                }
            }
        }
        Arrays.stream(RegisterColumn.values()).map(RegisterColumn::labelKey).forEach(keys::add);

        assertThat(keys).hasSizeGreaterThan(60);
        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
    }
}
