package org.connectedcouncils.notify.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.maturity.domain.ReviewVerdict;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.workinggroup.domain.Rag;

/**
 * Notifications as one reader reads them, in one language. A notification is stored with codes where it can: its
 * event (the message key), the changed fields, an adoption state, a RAG or a verdict, and for maturity an area code
 * ({@link #AREA_MARK} then the code, then the rest of the detail); this renders each in the reader's language at read
 * time. Rows stored before areas went by code (a title "Council \u2013 English area name") still read, the name put
 * into the reader's language when it is one of the catalogue's. The reader's names and the catalogue are read once
 * per reading (one statement), whatever the number of notifications.
 */
public final class NotificationReading {

    /** Starts a maturity notification's detail that names its area by code: {@code @waste 3}. */
    public static final String AREA_MARK = "@";
    static final String DASH = " \u2013 ";
    /** The language of the texts ({@code en-GB} or {@code cy}), as the macros' DisplayText reads it. */
    private static final String LANGUAGE = "connected-councils.language";
    private static final String FIELD = "connected-councils.field.";
    private static final String ADOPTION = "connected-councils.adoption.";
    private static final String RAG = "connected-councils.workinggroup.rag.";

    private final Messages messages;
    private final Function<String, Optional<String>> people;
    private final ServiceAreaCatalogue catalogue;
    private final Map<String, String> names = new HashMap<>();
    private final boolean welsh;
    private Map<String, ServiceArea> byCode;
    private Map<String, ServiceArea> byEnglishName;

    NotificationReading(Messages messages, Function<String, Optional<String>> people, ServiceAreaCatalogue areas) {
        this.messages = messages;
        this.people = people;
        this.catalogue = areas;
        String language = messages.text(LANGUAGE);
        this.welsh = language != null && language.startsWith("cy");
    }

    /** The texts of this reading's language, e.g. an e-mail's greeting. */
    public String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    /** The sentence saying what happened and who did it. */
    public String sentence(Notification n) {
        String actor = n.actorKey() == null ? messages.text(NotificationTexts.SOMEONE)
                : names.computeIfAbsent(n.actorKey(),
                        k -> people.apply(k).orElseGet(() -> messages.text(NotificationTexts.SOMEONE)));
        String detail = detail(n);
        return messages.text(NotificationTexts.PREFIX + n.what(), actor, title(n), detail == null ? "" : detail);
    }

    /** What it concerns: the stored name, with a maturity notification's area named in the reader's language. */
    public String title(Notification n) {
        String title = n.title() == null ? "" : n.title();
        if (!isMaturity(n)) {
            return title;
        }
        String area = areaCode(n);
        if (area != null) {
            return title + DASH + areaName(area);
        }
        int dash = title.lastIndexOf(DASH);
        if (dash >= 0) {
            ServiceArea named = areasByEnglishName().get(title.substring(dash + DASH.length()));
            if (named != null) {
                return title.substring(0, dash + DASH.length()) + named.nameFor(welsh);
            }
        }
        return title;
    }

    /** The detail in the reader's language (null when there is none): its codes become their labels. */
    public String detail(Notification n) {
        String detail = n.detail();
        if (detail == null) {
            return null;
        }
        if (isMaturity(n) && areaCode(n) != null) {
            int space = detail.indexOf(' ');
            detail = space < 0 ? "" : detail.substring(space + 1);
        }
        return switch (n.what()) {
            case "updated" -> Arrays.stream(detail.split(", ")).map(f -> label(FIELD + f, f))
                    .collect(Collectors.joining(", "));
            case "adoption-declared", "adoption-changed", "adoption-confirmed" -> afterColon(detail,
                    code -> known(AdoptionState.values(), code) ? label(ADOPTION + code, code) : code);
            case "status-reported" -> known(Rag.values(), detail) ? label(RAG + detail, detail) : detail;
            case "maturity-reviewed" -> afterColon(detail, code -> known(ReviewVerdict.values(), code)
                    ? label("connected-councils.maturity.verdict." + code, code) : code);
            default -> detail;
        };
    }

    private static boolean isMaturity(Notification n) {
        return n.what() != null && n.what().startsWith("maturity-");
    }

    /** The area code a maturity notification's detail starts with, or null (a row stored before codes). */
    private static String areaCode(Notification n) {
        String detail = n.detail();
        if (detail == null || !detail.startsWith(AREA_MARK)) {
            return null;
        }
        int space = detail.indexOf(' ');
        String code = space < 0 ? detail.substring(1) : detail.substring(1, space);
        return code.isEmpty() ? null : code;
    }

    private String areaName(String code) {
        loadAreas();
        ServiceArea area = byCode.get(code);
        return area == null ? code : area.nameFor(welsh);
    }

    private Map<String, ServiceArea> areasByEnglishName() {
        loadAreas();
        return byEnglishName;
    }

    /** The catalogue, read once per reading and only when a maturity notification needs it. */
    private void loadAreas() {
        if (byCode == null) {
            byCode = new HashMap<>();
            byEnglishName = new HashMap<>();
            for (ServiceArea a : catalogue.all()) {
                byCode.put(a.code(), a);
                byEnglishName.putIfAbsent(a.name(), a);
            }
        }
    }

    /** "Council: code" with the code (after the last colon) put into words. */
    private static String afterColon(String detail, Function<String, String> words) {
        int colon = detail.lastIndexOf(": ");
        return colon < 0 ? words.apply(detail)
                : detail.substring(0, colon + 2) + words.apply(detail.substring(colon + 2));
    }

    private static boolean known(Coded[] values, String code) {
        return Arrays.stream(values).anyMatch(v -> v.code().equals(code));
    }

    /** The text of {@code key}, or {@code fallback} when the file has none (SAL then answers the key itself). */
    private String label(String key, String fallback) {
        try {
            String text = messages.text(key);
            return text == null || text.equals(key) ? fallback : text;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
