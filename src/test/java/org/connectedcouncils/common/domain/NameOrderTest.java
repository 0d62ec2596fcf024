package org.connectedcouncils.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** Names sort as their readers expect: accents beside their letter, and Welsh digraphs as letters of their own. */
public class NameOrderTest {

    @Test
    public void welsh_putsTheDigraphsAfterTheirFirstLetter_andAccentsBesideTheirLetter() {
        List<String> names = new ArrayList<>(List.of("Llyfrgelloedd", "Lori", "\u0174yr", "Zebra", "Chwaraeon",
                "Cynllunio", "Ddraig", "Dyfed", "Ffyrdd", "Fan", "Thema", "Tai", "addysg"));

        names.sort(NameOrder.of(true));

        assertThat(names).containsExactly("addysg", "Cynllunio", "Chwaraeon", "Dyfed", "Ddraig", "Fan", "Ffyrdd",
                "Lori", "Llyfrgelloedd", "Tai", "Thema", "\u0174yr", "Zebra");
    }

    @Test
    public void english_readsCaseAndAccentsAfterTheLetters_digraphsAsTwoLetters() {
        List<String> names = new ArrayList<>(List.of("Llyfrgelloedd", "Lori", "\u0174yr", "Zebra", "Chwaraeon",
                "Cynllunio", "addysg"));

        names.sort(NameOrder.of(false));

        assertThat(names).containsExactly("addysg", "Chwaraeon", "Cynllunio", "Llyfrgelloedd", "Lori", "\u0174yr",
                "Zebra");
    }
}
