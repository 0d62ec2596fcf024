package org.connectedcouncils.testing;

import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;

/** Builds a valid new working group (led by Brighton, Hackney a member); each {@code with…} changes one thing. */
public final class WorkingGroupTestData {

    private String name = "Waste digital forum";
    private String aim = "Share what works in online bin and recycling services.";
    private Set<String> areas = new TreeSet<>(Set.of("waste"));
    private CollaborationModel model = CollaborationModel.COMMUNITY_OF_PRACTICE;
    private String cadence = "Monthly, online";
    private String exitCriteria = "Every member runs a live missed-bin report service.";
    private Set<SolutionKey> solutions = Set.of();
    private CouncilCode lead = SolutionTestData.BRIGHTON;
    private Set<CouncilCode> members = Set.of(SolutionTestData.HACKNEY);

    private WorkingGroupTestData() {
    }

    public static WorkingGroupTestData aGroup() {
        return new WorkingGroupTestData();
    }

    public WorkingGroupTestData named(String value) {
        this.name = value;
        return this;
    }

    public WorkingGroupTestData withAim(String value) {
        this.aim = value;
        return this;
    }

    public WorkingGroupTestData inAreas(String... values) {
        this.areas = new TreeSet<>(Set.of(values));
        return this;
    }

    public WorkingGroupTestData withModel(CollaborationModel value) {
        this.model = value;
        return this;
    }

    public WorkingGroupTestData fundingBid() {
        return withModel(CollaborationModel.FUNDING_BID_CONSORTIUM);
    }

    public WorkingGroupTestData linking(SolutionKey... values) {
        this.solutions = Set.of(values);
        return this;
    }

    public WorkingGroupTestData ledBy(CouncilCode value) {
        this.lead = value;
        return this;
    }

    public WorkingGroupTestData withMembers(CouncilCode... values) {
        this.members = Set.of(values);
        return this;
    }

    public GroupDetails details() {
        return new GroupDetails(name, aim, areas, model, cadence, exitCriteria, solutions);
    }

    public NewWorkingGroup build() {
        return new NewWorkingGroup(details(), lead, members);
    }
}
