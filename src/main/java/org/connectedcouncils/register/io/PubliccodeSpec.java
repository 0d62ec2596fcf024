package org.connectedcouncils.register.io;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.connectedcouncils.register.domain.PubliccodeVocabulary;

/** Facts of the publiccode.yml standard (0.7) that validation and mapping need. */
final class PubliccodeSpec {

    static final String VERSION = "0.7";

    /** Versions the official parser accepts (plus 0.6, inside the 0.2–0.7 range the register promises). */
    static final Pattern ACCEPTED_VERSION = Pattern.compile("0|0\\.2(\\.\\d+)?|0\\.[3-7](\\.0)?");

    static final List<String> DEVELOPMENT_STATUSES = List.of("concept", "development", "beta", "stable", "obsolete");

    static final List<String> MAINTENANCE_TYPES = List.of("internal", "contract", "community", "none");

    /** Top-level keys in the order the standard lists them; exports write keys in this order. */
    static final List<String> TOP_LEVEL_ORDER = List.of("publiccodeYmlVersion", "name", "applicationSuite", "url",
            "landingURL", "isBasedOn", "softwareVersion", "releaseDate", "logo", "monochromeLogo", "platforms",
            "categories", "usedBy", "fundedBy", "roadmap", "developmentStatus", "softwareType", "supports",
            "organisation", "intendedAudience", "description", "legal", "maintenance", "localisation", "dependsOn",
            "inputTypes", "outputTypes", "IT", "it");

    /** Keys the 0.7 standard deprecates; they are still read (and kept), with a warning. */
    static final Set<String> DEPRECATED = Set.of("monochromeLogo", "inputTypes", "outputTypes", "legal.authorsFile",
            "legal.repoOwner", "IT.conforme", "it.conforme", "intendedAudience.unsupportedCountries");

    /** language[-script][-region](-variant)*, the BCP 47 shape the reference parser's strict check accepts. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "(?i)([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?((?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)");
    /** UN M.49 area codes that the IANA language subtag registry lists as regions. */
    private static final Set<String> M49_REGIONS = Set.of("001", "002", "003", "005", "009", "011", "013", "014",
            "015", "017", "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142",
            "143", "145", "150", "151", "154", "155", "202", "419");
    private static final Pattern SPDX_TOKEN = Pattern.compile("\\(|\\)|[A-Za-z0-9][A-Za-z0-9.+-]*");
    private static final Pattern EXCEPTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

    private PubliccodeSpec() {
    }

    /**
     * A BCP 47 language tag ({@code en}, {@code en-GB}, {@code sr-Latn-RS}, {@code es-419}) whose language is an ISO
     * 639 code and whose region an ISO 3166-1 country or a UN M.49 area; {@code en_GB} and {@code xxx} are not.
     */
    static boolean isLanguage(String tag) {
        if (tag == null) {
            return false;
        }
        Matcher m = LANGUAGE_TAG.matcher(tag);
        if (!m.matches() || !PubliccodeVocabulary.LANGUAGES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String region = m.group(3);
        return region == null || M49_REGIONS.contains(region)
                || PubliccodeVocabulary.COUNTRIES.contains(region.toUpperCase(Locale.ROOT));
    }

    /** An ISO 3166-1 alpha-2 code, all upper case. */
    static boolean isCountry(String code) {
        return code != null && PubliccodeVocabulary.COUNTRIES.contains(code);
    }

    /**
     * Checks an SPDX licence expression ({@code MIT}, {@code GPL-3.0-or-later OR MIT},
     * {@code (Apache-2.0 AND MIT) WITH Classpath-exception-2.0}, {@code LicenseRef-x}); answers "" for broken
     * syntax, else the first unknown id, or null when the expression is fine.
     */
    static String spdxProblem(String expression) {
        String spaced = expression.replace("(", " ( ").replace(")", " ) ").trim();
        if (spaced.isEmpty()) {
            return "";
        }
        String[] tokens = spaced.split("\\s+");
        int depth = 0;
        boolean expectOperand = true;
        boolean afterWith = false;
        String unknown = null;
        for (String token : tokens) {
            if (!SPDX_TOKEN.matcher(token).matches()) {
                return "";
            }
            if (token.equals("(")) {
                if (!expectOperand) {
                    return "";
                }
                depth++;
            } else if (token.equals(")")) {
                if (expectOperand || --depth < 0) {
                    return "";
                }
            } else if (token.equals("AND") || token.equals("OR") || token.equals("WITH")) {
                if (expectOperand) {
                    return "";
                }
                expectOperand = true;
                afterWith = token.equals("WITH");
            } else {
                if (!expectOperand) {
                    return "";
                }
                if (afterWith) {
                    if (!EXCEPTION_ID.matcher(token).matches()) {
                        return "";
                    }
                    if (!PubliccodeVocabulary.SPDX_EXCEPTIONS.contains(token) && unknown == null) {
                        unknown = token;
                    }
                } else if (!isLicenceId(token) && unknown == null) {
                    unknown = token;
                }
                expectOperand = false;
                afterWith = false;
            }
        }
        return expectOperand || depth != 0 ? "" : unknown;
    }

    /** An SPDX licence id, {@code id+} (that version or later) or a {@code LicenseRef-}. */
    private static boolean isLicenceId(String token) {
        if (token.startsWith("LicenseRef-") || PubliccodeVocabulary.SPDX_LICENCES.contains(token)) {
            return true;
        }
        return token.endsWith("+")
                && PubliccodeVocabulary.SPDX_LICENCES.contains(token.substring(0, token.length() - 1));
    }
}
