package org.connectedcouncils.admin.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.admin.domain.AppSettings;

/**
 * What the admin page shows, every text already resolved: the settings form (posted to the page itself with the
 * XSRF token), the option lists of the council, mapping and service-area forms the script drives over REST, the
 * script's texts and any notice. Values are plain text; the template escapes them.
 */
public record AdminPageView(String restPath, String formAction, String xsrfName, String xsrfToken,
        List<Field> settings, List<Notice> notices, List<Option> councilTypes, List<Option> roles,
        List<Option> principalTypes, List<Option> scriptTexts) {

    static final String PREFIX = "connected-councils.admin.";
    static final String REQUIRED = "connected-councils.error.required";
    static final String NOT_NUMBER = "connected-councils.error.notNumber";

    /** Keys (after {@code connected-councils.admin.script.}) of the texts the script shows. */
    static final List<String> SCRIPT_TEXTS = List.of("loading", "empty", "saved", "removed", "merged", "failed",
            "active", "retired", "edit", "remove", "retire", "restore", "previous", "next", "range",
            "confirmRemove", "confirmMerge", "importNoFile", "importUploading", "importChecked", "importImported",
            "importCheckedOk", "importDoneCouncils", "importDoneSolutions", "importDoneMappings",
            "importDoneCommitments", "importDoneAssessments", "importDoneLeaders", "importRefused", "importMore",
            "importFailed", "anonymised", "confirmAnonymise", "reassigned", "confirmReassign");

    /** One input of the settings form: current (or just submitted) value, its description and any errors. */
    public record Field(String name, String type, String label, String description, String value,
            List<String> errors) {
    }

    /** A message box: AUI type ({@code success}, {@code error}, {@code info}) and text. */
    public record Notice(String type, String text) {
    }

    /** A value and its label (select options; for {@link #scriptTexts()} the name of a data-text attribute). */
    public record Option(String value, String label) {
    }

    /** The raw values of the settings form, as stored or as just submitted. */
    public record SettingsValues(String createGroup, String fundingBidLeadLimit, String stalenessDays,
            String adoptionCheckDays, String adoptionGraceDays) {

        /** The first three settings' values, the adoption check keeping its defaults. */
        public SettingsValues(String createGroup, String fundingBidLeadLimit, String stalenessDays) {
            this(createGroup, fundingBidLeadLimit, stalenessDays,
                    String.valueOf(AppSettings.DEFAULTS.adoptionCheckDays()),
                    String.valueOf(AppSettings.DEFAULTS.adoptionGraceDays()));
        }

        public static SettingsValues of(AppSettings settings) {
            return new SettingsValues(settings.createGroup() == null ? "" : settings.createGroup(),
                    String.valueOf(settings.fundingBidLeadLimit()), String.valueOf(settings.stalenessDays()),
                    String.valueOf(settings.adoptionCheckDays()), String.valueOf(settings.adoptionGraceDays()));
        }

        /** The settings these values ask for (blank group = every licensed user); numbers must be whole. */
        public AppSettings toSettings() {
            List<FieldError> errors = new ArrayList<>();
            Integer limit = number(errors, "fundingBidLeadLimit", fundingBidLeadLimit);
            Integer days = number(errors, "stalenessDays", stalenessDays);
            Integer check = number(errors, "adoptionCheckDays", adoptionCheckDays);
            Integer grace = number(errors, "adoptionGraceDays", adoptionGraceDays);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            String group = createGroup == null || createGroup.isBlank() ? null : createGroup.trim();
            return new AppSettings(group, limit, days, check, grace);
        }

        private static Integer number(List<FieldError> errors, String field, String raw) {
            if (raw == null || raw.isBlank()) {
                errors.add(FieldError.of(field, REQUIRED));
                return null;
            }
            try {
                return Integer.valueOf(raw.trim());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(field, NOT_NUMBER));
                return null;
            }
        }
    }

    /**
     * Builds the page.
     *
     * @param values what the settings form shows
     * @param errors problems with those values, by field (empty when there are none)
     * @param notices messages for the top of the page, already translated
     */
    public static AdminPageView of(String contextPath, String formAction, String xsrfName, String xsrfToken,
            SettingsValues values, List<FieldError> errors, List<Notice> notices, Messages messages) {
        AppSettings defaults = AppSettings.DEFAULTS;
        List<Field> fields = List.of(
                field("createGroup", "text", values.createGroup(), errors, messages),
                field("fundingBidLeadLimit", "number", values.fundingBidLeadLimit(), errors, messages,
                        defaults.fundingBidLeadLimit()),
                field("stalenessDays", "number", values.stalenessDays(), errors, messages,
                        defaults.stalenessDays()),
                field("adoptionCheckDays", "number", values.adoptionCheckDays(), errors, messages,
                        defaults.adoptionCheckDays()),
                field("adoptionGraceDays", "number", values.adoptionGraceDays(), errors, messages,
                        defaults.adoptionGraceDays()));
        List<Option> texts = SCRIPT_TEXTS.stream()
                .map(k -> new Option(k.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT),
                        messages.text(PREFIX + "script." + k)))
                .toList();
        return new AdminPageView(contextPath + "/rest/connected-councils/1.0/admin", formAction, xsrfName,
                xsrfToken, fields, List.copyOf(notices), options(CouncilType.class, "councilType.", messages),
                options(CouncilRole.class, "role.", messages), options(PrincipalType.class, "principalType.", messages),
                texts);
    }

    private static Field field(String name, String type, String value, List<FieldError> errors, Messages messages,
            Object... descriptionArguments) {
        List<String> messagesFor = new ArrayList<>();
        for (FieldError e : errors) {
            if (e.field().equals(name)) {
                messagesFor.add(messages.text(e.code(), e.arguments().toArray()));
            }
        }
        return new Field(name, type, messages.text(PREFIX + "settings." + name),
                messages.text(PREFIX + "settings." + name + ".desc", descriptionArguments), value == null ? "" : value,
                messagesFor);
    }

    private static <E extends Enum<E> & Coded> List<Option> options(Class<E> type, String prefix,
            Messages messages) {
        List<Option> out = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            out.add(new Option(value.code(), messages.text(PREFIX + prefix + value.code())));
        }
        return out;
    }

    /** The settings form's field names with their submitted values (unknown names are left out). */
    public static SettingsValues submitted(Map<String, String> form) {
        return new SettingsValues(form.getOrDefault("createGroup", ""), form.getOrDefault("fundingBidLeadLimit", ""),
                form.getOrDefault("stalenessDays", ""), form.getOrDefault("adoptionCheckDays", ""),
                form.getOrDefault("adoptionGraceDays", ""));
    }
}
