package org.connectedcouncils.register.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * The macros' styles (register and working groups) take every colour from design tokens, so Confluence's dark theme
 * applies to them.
 */
public class RegisterStylesTest {

    private static final List<Path> STYLESHEETS = List.of(
            Path.of("src/main/resources/web/register/register-macros.css"),
            Path.of("src/main/resources/web/workinggroup/working-group-macros.css"),
            Path.of("src/main/resources/web/common/filters.css"));
    private static final Pattern COLOUR_LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(?:rgba?|hsla?)\\(");
    private static final Pattern COLOUR_PROPERTY = Pattern.compile(
            "(?m)^\\s*(color|background(?:-color)?|fill|stroke|border(?:-[a-z]+)?-?color|border)\\s*:\\s*([^;]+);");

    @Test
    public void styles_useNoColourLiterals() throws Exception {
        String css = css();

        assertThat(COLOUR_LITERAL.matcher(css).find()).isFalse();
    }

    @Test
    public void colourProperties_takeADesignToken() throws Exception {
        String css = css();
        List<String> offenders = new ArrayList<>();
        Matcher m = COLOUR_PROPERTY.matcher(css);
        while (m.find()) {
            String value = m.group(2).trim();
            if (!value.contains("var(--ds-") && !value.equals("inherit") && !value.equals("currentColor")) {
                offenders.add(m.group().trim());
            }
        }

        assertThat(offenders).isEmpty();
    }

    private static String css() throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        for (Path sheet : STYLESHEETS) {
            all.append(Files.readString(sheet, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", ""))
                    .append('\n');
        }
        return all.toString();
    }
}
