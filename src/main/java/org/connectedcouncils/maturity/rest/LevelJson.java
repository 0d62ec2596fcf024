package org.connectedcouncils.maturity.rest;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.maturity.domain.LevelDescription;

/**
 * One level of an area: number, name, description in the reader's language (the admins' wording, its Welsh for a
 * Welsh reader when given, else the generic text), whether reworded, and the admins' wording in both languages
 * (null when not given) for the admin screen.
 */
public record LevelJson(String area, int level, String name, String description, boolean reworded, String wording,
        String wordingCy) {

    static LevelJson of(LevelDescription d, Messages messages) {
        boolean welsh = "cy".equals(messages.text(DisplayText.LANGUAGE));
        String text = d.reworded() ? d.wordingFor(welsh) : messages.text(d.level().descriptionKey());
        return new LevelJson(d.areaCode(), d.level().number(), messages.text(d.level().nameKey()), text,
                d.reworded(), d.wording(), d.wordingCy());
    }
}
