package se.kompetensresan.journey.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.inbox.AnalysisInfo;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.survey.AreaGap;
import se.kompetensresan.survey.GapChart;
import com.vaadin.flow.component.html.Anchor;
import se.kompetensresan.survey.SelfAssessmentLinkInfo;
import se.kompetensresan.survey.SelfAssessmentService;
import se.kompetensresan.survey.SelfAssessmentSummary;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/** Analysera kartläggning: the gaps, the decision's proposal, and the coach's confirmed track and areas. */
@Route("journey/analysis/:taskId")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class AnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskInbox inbox;
    private final CompanyService companies;
    private final SurveyService surveys;
    private final SelfAssessmentService selfAssessments;

    final Select<String> track = new Select<>();
    final MultiSelectComboBox<String> areas = new MultiSelectComboBox<>();
    final Grid<AreaGap> gaps = new Grid<>();
    private String taskId;

    private final UserAccount user;

    AnalysisView(TaskInbox inbox, CompanyService companies, SurveyService surveys, SelfAssessmentService selfAssessments,
                 CurrentUser currentUser) {
        this.selfAssessments = selfAssessments;
        this.user = currentUser.require();
        this.inbox = inbox;
        this.companies = companies;
        this.surveys = surveys;
        setId("analysis");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = RouteIds.text(event, "taskId");
        AnalysisInfo a = inbox.analysis(taskId);
        long companyId = a.task().companyId();
        removeAll();
        add(new H1(getTranslation("journey.analysis.title") + ": " + companies.get(companyId).name()));
        Paragraph caseNumber = new Paragraph(a.task().caseNumber());
        caseNumber.setId("analysis-case");
        add(caseNumber);
        boolean mayAct = TaskReadOnly.mayAct(user, a.task());
        if (!mayAct) {
            add(se.kompetensresan.shared.ui.ReadOnlyNotice.of(getTranslation("journey.readOnly." + a.task().taskKey())));
        }

        add(new H2(getTranslation("journey.analysis.gaps")));
        Anchor result = new Anchor("survey/result/" + companyId, getTranslation("journey.analysis.fullResult"));
        result.setId("analysis-result-link");
        add(result);
        gaps.setId("analysis-gaps");
        // Vaadin keeps this instance when the coach opens another analysis task from here: the columns are made anew
        gaps.removeAllColumns();
        gaps.addColumn(g -> getTranslation(CompetenceAreas.messageKey(g.areaCode()))).setHeader(getTranslation("journey.analysis.col.area")).setKey("area").setAutoWidth(true);
        gaps.addColumn(AreaGap::currentLevel).setHeader(getTranslation("journey.analysis.col.current")).setKey("current");
        gaps.addColumn(AreaGap::requiredLevel).setHeader(getTranslation("journey.analysis.col.required")).setKey("required");
        gaps.addColumn(AreaGap::gap).setHeader(getTranslation("journey.analysis.col.gap")).setKey("gap");
        // the employees' view beside the management's: their mean level from the anonymous self-assessment
        boolean offered = selfAssessments.link(companyId).map(SelfAssessmentLinkInfo::offered).orElse(false);
        SelfAssessmentSummary employees = selfAssessments.summary(companyId);
        if (offered && employees.shown()) {
            gaps.addColumn(g -> employees.area(g.areaCode())
                            .map(x -> String.format(getLocale(), "%.1f", x.meanLevel())).orElse("–"))
                    .setHeader(getTranslation("journey.analysis.col.employees", employees.answers())).setKey("employees");
        }
        // answered per role group: each group's current → required next to the company total
        for (se.kompetensresan.survey.RoleGroupGaps group : surveys.roleGroupGaps(companyId)) {
            gaps.addColumn(g -> {
                AreaGap x = group.area(g.areaCode());
                return x == null ? "–" : getTranslation("survey.result.groups.cell", x.currentLevel(), x.requiredLevel(),
                        x.gap());
            }).setHeader(group.group().label().in(getLocale())).setKey("group-" + group.group().key()).setAutoWidth(true);
        }
        gaps.setAllRowsVisible(true);
        var score = surveys.scoreFor(companyId, SurveyRound.FIRST);
        List<AreaGap> rows = new ArrayList<>(score.map(s -> s.areas()).orElse(List.of()));
        rows.sort(Comparator.comparingInt(AreaGap::gap).reversed().thenComparing(AreaGap::areaCode));
        gaps.setItems(rows);
        if (score.isPresent()) {
            GapChart chart = new GapChart(rows);
            chart.setId("analysis-gap-chart");
            chart.setWidthFull();
            chart.setMaxWidth("60em");
            add(chart, gaps);
            if (offered && !employees.shown()) {
                Paragraph hidden = new Paragraph(getTranslation("journey.analysis.employeesHidden", employees.minGroup(),
                        employees.answers()));
                hidden.setId("analysis-employees-hidden");
                add(hidden);
            }
        } else {
            add(new Paragraph(getTranslation("journey.analysis.noScore")));
        }

        String proposedTrack = a.proposedTrack() == null ? "" : getTranslation("journey.track." + a.proposedTrack());
        Paragraph proposal = new Paragraph(getTranslation("journey.analysis.proposal", proposedTrack,
                a.proposedAreas().stream().map(c -> getTranslation(CompetenceAreas.messageKey(c))).collect(Collectors.joining(", "))));
        proposal.setId("analysis-proposal");
        add(proposal);

        track.setId("analysis-track");
        track.setLabel(getTranslation("journey.analysis.track"));
        track.setItems(AnalysisInfo.TRACKS);
        track.setItemLabelGenerator(t -> getTranslation("journey.track." + t));
        // no required indicator: Vaadin puts aria-required on the select's button, which axe rejects; the track always has
        // the proposal as its value and the service refuses an empty one beside the field
        if (a.proposedTrack() != null) {
            track.setValue(a.proposedTrack());
        }
        areas.setId("analysis-areas");
        areas.setLabel(getTranslation("journey.analysis.areas"));
        areas.setItems(CompetenceAreas.ALL);
        areas.setItemLabelGenerator(c -> getTranslation(CompetenceAreas.messageKey(c)));
        areas.setRequiredIndicatorVisible(true);
        areas.setValue(new LinkedHashSet<>(a.proposedAreas()));
        areas.setWidthFull();
        areas.setMaxWidth("40em");

        Button confirm = new Button(getTranslation("journey.analysis.confirm"), e -> confirm());
        confirm.setId("analysis-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(track, areas, confirm);
        track.setReadOnly(!mayAct);
        areas.setReadOnly(!mayAct);
        confirm.setVisible(mayAct);
    }

    private void confirm() {
        // keep the order of the list of areas (the proposal is sorted by gap, the combo box by name)
        List<String> chosen = CompetenceAreas.ALL.stream().filter(areas.getValue()::contains).toList();
        FieldErrors errors = new FieldErrors(this).on("journey.analysis.error.track", track)
                .on("journey.analysis.error.areas", areas);
        if (errors.run(() -> inbox.completeAnalysis(taskId, track.getValue(), chosen))) {
            UI.getCurrent().navigate("inbox");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.analysis.title");
    }
}
