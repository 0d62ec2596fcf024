package org.connectedcouncils.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilList;
import org.connectedcouncils.council.domain.CouncilListChanges;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.io.BundledCouncilList;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** "Update the council list" against a list that adds, renames and ends councils, on a real database. */
public class CouncilListUpdateDbTest {

    private static final String HEADER = "local-authority-code,official-name,nice-name,gss-code,start-date,end-date,"
            + "replaced-by,nation,region,local-authority-type,local-authority-type-name,county-la,"
            + "combined-authority,current-authority,lat,long,gov-uk-slug\n";
    private static final String NEXT = HEADER
            + "NEW,New Vale Council,New Vale,E06000099,2027-04-01,,,England,South East,UA,Unitary authority,,,True,"
            + "51.1,-1.2,\n"
            + "REN,Renamed Borough Council,Renamed,E07000901,,,,England,East of England,NMD,"
            + "Non-metropolitan district,,,True,52.2,0.1,\n"
            + "OLD,Old District Council,Old,E07000902,,2027-03-31,NEW,England,South East,NMD,"
            + "Non-metropolitan district,,,False,51.3,-1.4,\n"
            + "KEP,Kept Council,Kept,E07000903,,,,England,South East,NMD,Non-metropolitan district,,,True,51.5,-1.5,\n";

    private final RegisterFixture fixture = new RegisterFixture().reset();
    private CouncilList list = read("next 1", NEXT);
    private final CouncilListUpdate target = new CouncilListUpdate(fixture.councils, () -> list, fixture.actor,
            fixture.transactions, fixture.transactions);

    @Before
    public void setUp() {
        fixture.councils.save(Council.active("E07000901", "Former Name Borough Council", CouncilType.DISTRICT, "East"));
        fixture.councils.save(Council.active("E07000902", "Old District Council", CouncilType.DISTRICT, "SE"));
        fixture.councils.save(Council.active("E07000903", "Kept Council", CouncilType.DISTRICT, "South East"));
        fixture.councils.save(Council.active("NL-GM0363", "Gemeente Amsterdam",
                CouncilType.OTHER_EUROPEAN_AUTHORITY, "Netherlands"));
        fixture.audit.clear();
        fixture.actor.actAs(Actor.administrator("admin"));
    }

    @Test
    public void changes_listNewRenamedAndEndedCouncils() {
        CouncilListChanges changes = target.changes();

        assertThat(changes.version()).isEqualTo("next 1");
        assertThat(changes.added()).extracting(c -> c.code().value()).containsExactly("E06000099");
        assertThat(changes.renamed()).containsExactly(new CouncilListChanges.Renamed(CouncilCode.of("E07000901"),
                "Former Name Borough Council", "Renamed Borough Council"));
        assertThat(changes.ended()).hasSize(1);
        assertThat(changes.ended().get(0).council().code().value()).isEqualTo("E07000902");
        assertThat(changes.ended().get(0).successorName()).isEqualTo("New Vale Council");
    }

    @Test
    public void apply_addsRenamesAndRetiresWithTheSuccessor() {
        CouncilListChanges applied = target.apply("next 1");

        assertThat(applied.size()).isEqualTo(3);
        Council added = fixture.councils.find(CouncilCode.of("E06000099")).orElseThrow();
        assertThat(added.name()).isEqualTo("New Vale Council");
        assertThat(added.type()).isEqualTo(CouncilType.UNITARY);
        assertThat(added.place().nation()).isEqualTo("England");
        assertThat(added.place().latitude()).isEqualTo(51.1);
        assertThat(fixture.councils.find(CouncilCode.of("E07000901")).orElseThrow().name())
                .isEqualTo("Renamed Borough Council");
        Council ended = fixture.councils.find(CouncilCode.of("E07000902")).orElseThrow();
        assertThat(ended.retired()).isTrue();
        assertThat(ended.successor()).isEqualTo(CouncilCode.of("E06000099"));
        assertThat(ended.ended()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(ended.name()).isEqualTo("Old District Council");
        assertThat(fixture.councils.find(CouncilCode.of("NL-GM0363")).orElseThrow().retired()).isFalse();
        assertThat(fixture.audit.records()).hasSize(3);
        assertThat(target.changes().isEmpty()).isTrue();
    }

    @Test
    public void apply_writesNothingWhenOneChangeFails() {
        list = read("next 2", NEXT + "BAD,A" + "x".repeat(130) + ",Bad,E06000098,,,,England,South East,UA,"
                + "Unitary authority,,,True,,,\n");

        assertThatThrownBy(() -> target.apply("next 2")).isInstanceOf(ValidationException.class);

        assertThat(fixture.councils.find(CouncilCode.of("E06000099"))).isEmpty();
        assertThat(fixture.councils.find(CouncilCode.of("E07000902")).orElseThrow().retired()).isFalse();
        assertThat(fixture.councils.find(CouncilCode.of("E07000901")).orElseThrow().name())
                .isEqualTo("Former Name Borough Council");
        assertThat(fixture.audit.records()).isEmpty();
    }

    @Test
    public void apply_refusesAListOtherThanTheOneReviewed() {
        assertThatThrownBy(() -> target.apply("next 0")).isInstanceOf(Refusal.Conflict.class);

        assertThat(fixture.councils.find(CouncilCode.of("E06000099"))).isEmpty();
    }

    @Test
    public void changesAndApply_areForAdminsOnly() {
        fixture.actor.actAs(Actor.editor("editor", CouncilCode.of("E07000903")));

        assertThatThrownBy(target::changes).isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.apply("next 1")).isInstanceOf(Refusal.NotAllowed.class);
        assertThat(fixture.councils.find(CouncilCode.of("E06000099"))).isEmpty();
    }

    @Test
    public void bundledList_onAFreshlySeededDirectoryChangesNothing() {
        list = BundledCouncilList.bundled();
        list.current().forEach(c -> fixture.councils.save(c.toCouncil()));

        CouncilListChanges changes = target.changes();

        assertThat(changes.added()).isEmpty();
        assertThat(changes.renamed()).isEmpty();
        assertThat(changes.ended()).isEmpty();
    }

    private static CouncilList read(String version, String csv) {
        return BundledCouncilList.read(version, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
