package org.connectedcouncils.maturity.macro;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentKind;
import org.connectedcouncils.maturity.domain.CommitmentStatus;
import org.connectedcouncils.maturity.domain.CouncilCommitment;
import org.connectedcouncils.maturity.service.ListedCommitment;
import org.connectedcouncils.testing.WorkingGroupTestData;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.ImpactFilter;
import org.connectedcouncils.maturity.domain.ImpactGrouping;
import org.connectedcouncils.maturity.domain.ImpactRollup;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.domain.MapCouncils;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.domain.Review;
import org.connectedcouncils.maturity.domain.ReviewVerdict;
import org.connectedcouncils.maturity.domain.ReviewedAssessment;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.SolutionKey;

/** Every maturity template with a view that fills all its sections with the given text (hostile in tests). */
public final class MaturityTemplates {

    static final CouncilCode BRIGHTON = CouncilCode.of("E06000043");
    static final CouncilCode HACKNEY = CouncilCode.of("E09000012");

    private MaturityTemplates() {
    }

    public static Map<String, Object> views(DisplayText text) {
        return views(text, "Waste <b>and</b> recycling", "Brighton & Hove \"City\"", "<script>alert(1)</script>");
    }

    /** The heat map as the macro renders it on screen (legend and table; the browser draws the picture). */
    public static HeatMapView screenMap(DisplayText text) {
        return MaturityViews.map("m", heatMap("Waste", "Brighton"), text, false);
    }

    public static Map<String, Object> views(DisplayText text, String areaName, String councilName, String words) {
        Map<String, Object> views = new LinkedHashMap<>();
        views.put(MaturityViews.MAP, MaturityViews.map("m", pagedHeatMap(areaName, councilName, 30), text, true,
                "https://wiki.example.org/pages/viewpage.action?pageId=5"));
        views.put(MaturityViews.BARS, MaturityViews.profile("p", profile(areaName, councilName, words),
                new SolutionPages(""), text));
        ImpactRollup rollup = impact(areaName, councilName, words);
        views.put(ImpactMacro.TEMPLATE, ImpactView.of("i", rollup, words, code -> rollup.councilName(
                CouncilCode.of(code)), text));
        views.put(LeadersMacro.TEMPLATE, LeadersView.of("l", leaders(areaName, councilName), 2, text)
                .withCommitments(commitments(councilName, words), new SolutionPages(""), text));
        return views;
    }

    /**
     * Three commitments of four (so a note says so): a signed declaration titled {@code words}, a lead of a group
     * named {@code words} with a project page, closed, and a lead of a group that is gone; text in every name.
     */
    public static Page<ListedCommitment> commitments(String councilName, String words) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        LocalDate on = LocalDate.of(2026, 6, 1);
        WorkingGroup group = new WorkingGroup(WorkingGroupKey.of(3), WorkingGroupTestData.aGroup().named(words)
                .details(), BRIGHTON, GroupStatus.CLOSED, 2, "WASTE", 77L, at, "u", at, 1);
        return new Page<>(List.of(
                new ListedCommitment(new CouncilCommitment(1, BRIGHTON, new CommitmentDraft(CommitmentKind.DECLARATION,
                        words, CommitmentStatus.SIGNED, on, on.plusYears(1), null, null), "u", at, at), councilName,
                        null, false),
                new ListedCommitment(new CouncilCommitment(2, BRIGHTON, new CommitmentDraft(CommitmentKind.LEAD_GROUP,
                        null, CommitmentStatus.MET, on, null, on.plusDays(9), 3L), "u", at, at), councilName, group,
                        false),
                new ListedCommitment(new CouncilCommitment(3, HACKNEY, new CommitmentDraft(CommitmentKind.LEAD_GROUP,
                        null, CommitmentStatus.PLANNED, null, null, null, 9L), "u", at, at), "Hackney", null, true)),
                0, 3, 4);
    }

    /** Three offers to lead in two areas (one council not assessed), text in every name. */
    static List<Leader> leaders(String areaName, String councilName) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        return List.of(new Leader(BRIGHTON, councilName, "waste", areaName, MaturityLevel.of(3).orElseThrow(), at),
                new Leader(HACKNEY, "Hackney", "waste", areaName, null, at),
                new Leader(BRIGHTON, councilName, "zoo", "Zoos", MaturityLevel.of(5).orElseThrow(), at));
    }

    /** Two entries in two currencies, one used by Hackney with a saving it reported itself; text in every field. */
    static ImpactRollup impact(String areaName, String councilName, String words) {
        List<ImpactEntry> entries = List.of(
                new ImpactEntry(SolutionKey.of(3), words, BRIGHTON, List.of("waste"), "GBP", 500_000L, 20_000L,
                        100_000L, words, List.of(new ImpactEntry.CountedAdoption(HACKNEY, Money.of(30_000, "EUR")))),
                new ImpactEntry(SolutionKey.of(4), "Permits", BRIGHTON, List.of("waste"), "EUR", null, null,
                        50_000L, null, List.of()));
        return ImpactRollup.of(new ImpactFilter(ImpactGrouping.AREA, null, null), entries, code -> areaName,
                Map.of(BRIGHTON, councilName, HACKNEY, councilName));
    }

    static HeatMap heatMap(String areaName, String councilName) {
        return pagedHeatMap(areaName, councilName, 2);
    }

    /** The first page of two councils out of {@code total}; the second council has not assessed housing. */
    static HeatMap pagedHeatMap(String areaName, String councilName, long total) {
        List<ServiceArea> areas = List.of(new ServiceArea("waste", areaName, false),
                new ServiceArea("housing", "Housing", false));
        return new HeatMap(new HeatMapFilter(CouncilType.UNITARY, null, MapCouncils.ASSESSED), areas, List.of(
                new HeatMap.Row(new Council(BRIGHTON, councilName, CouncilType.UNITARY, "", false),
                        Map.of("waste", MaturityLevel.END_TO_END)),
                new HeatMap.Row(new Council(HACKNEY, "Hackney", CouncilType.UNITARY, "", false),
                        Map.of("waste", MaturityLevel.PAPER, "housing", MaturityLevel.SHARED))), 0, 2, total);
    }

    static CouncilMaturity profile(String areaName, String councilName, String words) {
        Council council = new Council(BRIGHTON, councilName, CouncilType.UNITARY, "", false)
                .withPlace(new org.connectedcouncils.council.domain.CouncilPlace("England", "GB", null, null));
        Assessment assessment = new Assessment(7, BRIGHTON, "waste", MaturityLevel.END_TO_END,
                LocalDate.of(2026, 10, 1), words, new Evidence(List.of("CC-3"),
                        List.of("https://wiki.example.org/x?a=1&b=\"2\"", "javascript:alert(1)")), "u",
                Instant.EPOCH, true);
        Review review = new Review(1, 7, HACKNEY, ReviewVerdict.QUESTION, words, "h", Instant.EPOCH);
        return new CouncilMaturity(council, List.of(
                new CouncilMaturity.Bar(new ServiceArea("waste", areaName, false),
                        new ReviewedAssessment(assessment, List.of(review)), 2.5),
                new CouncilMaturity.Bar(new ServiceArea("housing", "Housing", false), null, null)),
                Map.of(HACKNEY, councilName));
    }
}
