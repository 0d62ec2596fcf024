package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.notify.service.MailSender.OutgoingMail;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/**
 * Notifications are rendered when read, in the reader's language: a maturity notification's area (stored by code)
 * reads in Welsh for a Welsh reader and in English for an English one; rows stored before codes (the English area
 * name in the title) still read, their area put into the reader's language; adoption states, RAGs, verdicts and
 * changed fields read as words; and an e-mail is written in its recipient's language.
 */
public class NotificationReadingDbTest {

    private static final Locale WELSH = new Locale("cy", "GB");
    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");
    private static final String BRIGHTON_WASTE_CY = "Brighton and Hove City Council \u2013 Gwastraff ac ailgylchu";
    private static final WatchTarget BRIGHTON = WatchTarget.of(WatchTarget.Type.COUNCIL, "E06000043");

    private final RegisterFixture fixture = new RegisterFixture();
    private final DemoPeople people = new DemoPeople();
    private NotificationTexts texts;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.serviceAreas.update(new ServiceArea("waste", "Waste and recycling", false, "Gwastraff ac ailgylchu"));
        texts = new NotificationTexts(new PropertiesMessages(), people, fixture.serviceAreas);
    }

    @Test
    public void anAssessment_namesItsAreaInTheReadersLanguage() {
        Notification n = maturity("maturity-assessed", "Brighton and Hove City Council", "@waste 3");

        assertThat(texts.reading(Locale.UK).sentence(n)).isEqualTo(
                "Brighton editor assessed Brighton and Hove City Council \u2013 Waste and recycling at level 3");
        assertThat(texts.reading(WELSH).sentence(n))
                .isEqualTo("Aseswyd Brighton and Hove City Council \u2013 Gwastraff ac ailgylchu gan Brighton editor"
                        + " ar lefel 3");
        assertThat(texts.reading(WELSH).title(n)).isEqualTo(BRIGHTON_WASTE_CY);
        assertThat(texts.reading(WELSH).detail(n)).isEqualTo("3");
    }

    @Test
    public void aReview_namesItsAreaAndVerdictInTheReadersLanguage() {
        Notification n = maturity("maturity-reviewed", "Brighton and Hove City Council",
                "@waste London Borough of Hackney: question");

        assertThat(texts.reading(Locale.UK).sentence(n)).isEqualTo("Brighton editor reviewed the assessment of Brighton"
                + " and Hove City Council \u2013 Waste and recycling (London Borough of Hackney: Questioned)");
        assertThat(texts.reading(WELSH).sentence(n)).isEqualTo("Adolygodd Brighton editor asesiad Brighton and Hove"
                + " City Council \u2013 Gwastraff ac ailgylchu (London Borough of Hackney: Wedi'i gwestiynu)");
    }

    @Test
    public void rowsStoredBeforeCodes_stillRead_theirKnownAreaInTheReadersLanguage() {
        Notification old = maturity("maturity-assessed", "Brighton and Hove City Council \u2013 Waste and recycling",
                "3");
        Notification renamed = maturity("maturity-assessed", "Brighton and Hove City Council \u2013 Bins", "2");

        assertThat(texts.reading(WELSH).title(old)).isEqualTo(BRIGHTON_WASTE_CY);
        assertThat(texts.reading(Locale.UK).title(old)).isEqualTo(
                "Brighton and Hove City Council \u2013 Waste and recycling");
        assertThat(texts.reading(WELSH).title(renamed)).isEqualTo("Brighton and Hove City Council \u2013 Bins");
        assertThat(texts.reading(WELSH).detail(old)).isEqualTo("3");
    }

    @Test
    public void anOldRowReadBackFromTheDatabase_readsInWelsh() {
        AoNotificationStore store = new AoNotificationStore(fixture.db.ao());
        store.add(List.of(maturity("maturity-assessed", "Brighton and Hove City Council \u2013 Waste and recycling",
                "3"), maturity("maturity-assessed", "Brighton and Hove City Council", "@waste 4")), Map.of());

        List<Notification> stored = store.page("user-viewer", false, PageRequest.FIRST).items();

        assertThat(stored).extracting(texts.reading(WELSH)::title).containsOnly(BRIGHTON_WASTE_CY);
    }

    @Test
    public void codesInTheDetail_readAsWordsInTheReadersLanguage() {
        Notification adoption = entry("adoption-declared", "London Borough of Hackney: using");
        Notification report = entry("status-reported", "amber");
        Notification updated = entry("updated", "summary, serviceAreas");

        assertThat(texts.reading(Locale.UK).detail(adoption)).isEqualTo("London Borough of Hackney: Using");
        assertThat(texts.reading(WELSH).detail(adoption)).isEqualTo("London Borough of Hackney: Yn ei ddefnyddio");
        assertThat(texts.reading(WELSH).detail(report)).isEqualTo("Ambr");
        assertThat(texts.reading(Locale.UK).detail(updated)).isEqualTo("Summary, Service areas");
        assertThat(texts.reading(WELSH).detail(updated)).isEqualTo("Crynodeb, Meysydd gwasanaeth");
        assertThat(texts.reading(WELSH).detail(entry("updated", "notAField"))).isEqualTo("notAField");
    }

    @Test
    public void anAreaNoLongerInTheCatalogue_readsAsItsCode_andTextsNotMarkedAreLeftAlone() {
        Notification gone = maturity("maturity-assessed", "Brighton and Hove City Council", "@cemeteries 2");
        Notification reason = new Notification(1, "user-viewer", NotificationKind.MEMBERSHIP, "editor-requested",
                BRIGHTON, "Brighton and Hove City Council", "user-leeds-editor", "@waste is my area", null, AT, false);

        assertThat(texts.reading(WELSH).title(gone)).isEqualTo("Brighton and Hove City Council \u2013 cemeteries");
        assertThat(texts.reading(WELSH).detail(reason)).isEqualTo("@waste is my area");
    }

    @Test
    public void aMail_isWrittenInItsRecipientsLanguage_andTheSitesWhenUnknown() {
        MailBodies bodies = new MailBodies(texts, () -> "http://wiki.example");
        Notification n = maturity("maturity-assessed", "Brighton and Hove City Council", "@waste 3");
        Person welsh = new Person(DemoUsers.actor(DemoUsers.VIEWER), "Viewer", "viewer@councils.example", WELSH);
        Person unknown = new Person(DemoUsers.actor(DemoUsers.VIEWER), "Viewer", "viewer@councils.example", null);

        OutgoingMail inWelsh = bodies.mail(welsh, MailChoice.IMMEDIATE, List.of(n));
        OutgoingMail inEnglish = bodies.mail(unknown, MailChoice.IMMEDIATE, List.of(n));

        assertThat(inWelsh.subject()).contains("Gwastraff ac ailgylchu").startsWith("[Connected Councils] Aseswyd");
        assertThat(inWelsh.text()).startsWith("Helo Viewer,");
        assertThat(inWelsh.html()).contains("Gwastraff ac ailgylchu").doesNotContain("Waste and recycling");
        assertThat(inEnglish.subject()).contains("Waste and recycling");
        assertThat(inEnglish.text()).doesNotContain("Gwastraff");
    }

    private static Notification maturity(String what, String title, String detail) {
        return new Notification(0, "user-viewer", NotificationKind.MATURITY, what, BRIGHTON, title,
                "user-brighton-editor", detail, null, AT, false);
    }

    private static Notification entry(String what, String detail) {
        return new Notification(0, "user-viewer", NotificationKind.ENTRY, what,
                WatchTarget.of(WatchTarget.Type.ENTRY, "BHCC-1"), "Bin finder", "user-hackney-editor", detail, null,
                AT, false);
    }
}
