package org.connectedcouncils.maturity.rest;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.maturity.domain.LevelDescription;

/** One level of an area: number, name, description (the admins' wording or the generic text) and whether reworded. */
public record LevelJson(String area, int level, String name, String description, boolean reworded) {

    static LevelJson of(LevelDescription d, Messages messages) {
        String text = d.reworded() ? d.wording() : messages.text(d.level().descriptionKey());
        return new LevelJson(d.areaCode(), d.level().number(), messages.text(d.level().nameKey()), text,
                d.reworded());
    }
}
