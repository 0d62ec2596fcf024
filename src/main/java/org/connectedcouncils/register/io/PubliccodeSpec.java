package org.connectedcouncils.register.io;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Facts of the publiccode.yml standard (0.7) that validation and mapping need. */
final class PubliccodeSpec {

    static final String VERSION = "0.7";

    /** Versions the official parser accepts (plus 0.6, inside the 0.2–0.7 range the register promises). */
    static final Pattern ACCEPTED_VERSION = Pattern.compile("0|0\\.2(\\.\\d+)?|0\\.[3-7](\\.0)?");

    static final List<String> DEVELOPMENT_STATUSES = List.of("concept", "development", "beta", "stable", "obsolete");

    static final List<String> MAINTENANCE_TYPES = List.of("internal", "contract", "community", "none");

    static final Set<String> SCOPES = Set.of("agriculture", "culture", "defence", "education", "emergency-services",
            "employment", "energy", "environment", "finance-and-economic-development", "foreign-affairs",
            "government", "healthcare", "infrastructures", "justice", "local-authorities", "manufacturing", "research",
            "science-and-technology", "security", "society", "sport", "tourism", "transportation", "welfare");

    static final Set<String> SUPPORT_ALIASES = Set.of("gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr",
            "pagopa", "io");

    /** Top-level keys in the order the standard lists them; exports write keys in this order. */
    static final List<String> TOP_LEVEL_ORDER = List.of("publiccodeYmlVersion", "name", "applicationSuite", "url",
            "landingURL", "isBasedOn", "softwareVersion", "releaseDate", "logo", "monochromeLogo", "platforms",
            "categories", "usedBy", "fundedBy", "roadmap", "developmentStatus", "softwareType", "supports",
            "organisation", "intendedAudience", "description", "legal", "maintenance", "localisation", "dependsOn",
            "inputTypes", "outputTypes", "it");

    /** Keys the 0.7 standard deprecates; they are still read (and kept), with a warning. */
    static final Set<String> DEPRECATED = Set.of("monochromeLogo", "inputTypes", "outputTypes", "legal.authorsFile",
            "legal.repoOwner", "it", "intendedAudience.unsupportedCountries");

    /**
     * SPDX licence ids a publiccode.yml licence expression may use: the current ids public-sector software uses and
     * the deprecated short forms older files carry (GPL-3.0 and the like).
     */
    static final Set<String> SPDX_IDS = Set.of("0BSD", "AFL-3.0", "AGPL-1.0", "AGPL-3.0", "AGPL-3.0-only",
            "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0", "APSL-2.0", "Artistic-1.0", "Artistic-2.0",
            "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-4-Clause",
            "BSL-1.0", "CAL-1.0", "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0",
            "CECILL-2.1", "CECILL-B", "CECILL-C", "ECL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.0", "EUPL-1.1",
            "EUPL-1.2", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0+", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0",
            "GPL-3.0+", "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.0", "LGPL-2.0-only",
            "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1+", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0",
            "LGPL-3.0+", "LGPL-3.0-only", "LGPL-3.0-or-later", "LiLiQ-P-1.1", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1",
            "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "MulanPSL-2.0",
            "NCSA", "ODbL-1.0", "OFL-1.1", "OGL-UK-3.0", "OSL-3.0", "PostgreSQL", "Python-2.0", "Unlicense",
            "UPL-1.0", "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.1");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SPDX_TOKEN = Pattern.compile("\\(|\\)|[A-Za-z0-9][A-Za-z0-9.+-]*");
    private static final Pattern EXCEPTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

    private PubliccodeSpec() {
    }

    static boolean isLanguage(String tag) {
        return tag != null && LANGUAGE.matcher(tag).matches();
    }

    static boolean isCountry(String code) {
        return code != null && COUNTRY.matcher(code).matches();
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
                } else if (!token.startsWith("LicenseRef-") && !SPDX_IDS.contains(token) && unknown == null) {
                    unknown = token;
                }
                expectOperand = false;
                afterWith = false;
            }
        }
        return expectOperand || depth != 0 ? "" : unknown;
    }
}
