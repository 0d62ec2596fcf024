package org.connectedcouncils.workinggroup.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.workinggroup.macro.GroupMacroTestData.KEY;
import static org.connectedcouncils.workinggroup.macro.GroupMacroTestData.NOW;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RequestLocale;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry.What;
import org.junit.Test;

/** The history lines of a join request, an invitation and a status report, in English and in Welsh. */
public class GroupHistoryWordsTest {

    private static final CouncilCode LEEDS = CouncilCode.of("E08000035");
    private final DisplayText english = new DisplayText(new PropertiesMessages(() -> RequestLocale.ENGLISH));
    private final DisplayText welsh = new DisplayText(new PropertiesMessages(() -> RequestLocale.WELSH));

    @Test
    public void joinRequestInvitationAndReport_areWords_withTheirRoleAndRagLabels() {
        assertThat(words(What.JOIN_REQUESTED, LEEDS, "observer", english))
                .isEqualTo("Leeds City Council asked to join as Observer");
        assertThat(words(What.INVITED, LEEDS, "lead", english))
                .isEqualTo("Leeds City Council was invited to join as Lead");
        assertThat(words(What.STATUS_REPORTED, LEEDS, "amber", english)).isEqualTo("Wrote a status report: Amber");
    }

    @Test
    public void inWelsh_theSameLinesAreWelsh() {
        assertThat(words(What.JOIN_REQUESTED, LEEDS, "member", welsh))
                .isEqualTo("Gofynnodd Leeds City Council am gael ymuno fel Aelod");
        assertThat(words(What.INVITED, LEEDS, "member", welsh))
                .isEqualTo("Gwahoddwyd Leeds City Council i ymuno fel Aelod");
        assertThat(words(What.STATUS_REPORTED, null, "green", welsh)).isEqualTo("Ysgrifennu adroddiad statws: Gwyrdd");
    }

    private static String words(What what, CouncilCode council, String detail, DisplayText text) {
        return GroupRecordsView.what(new GroupHistoryEntry(KEY, NOW, "u1", what, council, detail),
                GroupMacroTestData.councils(), text);
    }
}
