package se.kompetensresan.survey.ui;

import se.kompetensresan.security.RouteIds;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.AreaComparison;
import se.kompetensresan.survey.AreaGap;
import se.kompetensresan.survey.ComparisonChart;
import se.kompetensresan.survey.GapChart;
import se.kompetensresan.survey.HeatMap;
import se.kompetensresan.survey.PrioritisedGaps;
import se.kompetensresan.survey.RoleGroupGaps;
import se.kompetensresan.survey.SelfAssessmentService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Gap analysis of one company: after the kartläggning the gap chart and the prioritised gap list; after the
 * uppföljning also the before/after chart and the improvement per area.
 */
@Route("survey/result/:companyId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class GapAnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "companyId";

    private final SurveyService surveys;
    private final CompanyService companies;
    private final SelfAssessmentService selfAssessments;
    private final CurrentUser currentUser;
    private CompanyInfo company;

    GapAnalysisView(SurveyService surveys, CompanyService companies, SelfAssessmentService selfAssessments,
                    CurrentUser currentUser) {
        this.surveys = surveys;
        this.companies = companies;
        this.selfAssessments = selfAssessments;
        this.currentUser = currentUser;
        setId("gap-analysis");
        setMaxWidth("70em");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.number(event, PARAM);
        company = companies.get(id);
        Optional<PrioritisedGaps> gaps = surveys.prioritisedGaps(id);
        Optional<Long> followUp = surveys.scoreFor(id, SurveyRound.FOLLOW_UP).map(s -> s.responseId());
        removeAll();
        H1 title = new H1(getTranslation("survey.result.title", company.name()));
        title.setId("gap-analysis-title");
        add(title);
        if (gaps.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("survey.result.empty"));
            empty.setId("gap-analysis-empty");
            empty.addClassName("survey-empty");
            add(empty, new SelfAssessmentPanel(selfAssessments, id, currentUser.require()));
            return;
        }
        showGaps(gaps.get());
        showGroups(gaps.get(), surveys.roleGroupGaps(id));
        if (followUp.isPresent()) {
            showComparison(surveys.compare(id));
        } else {
            Paragraph noFollowUp = new Paragraph(getTranslation("survey.result.noFollowUp"));
            noFollowUp.setId("gap-analysis-no-follow-up");
            noFollowUp.addClassName("survey-hint");
            add(noFollowUp);
        }
        add(new SelfAssessmentPanel(selfAssessments, id, currentUser.require()));
    }

    @Override
    public String getPageTitle() {
        return company == null ? getTranslation("survey.result.pageTitle")
                : getTranslation("survey.result.title", company.name());
    }

    private void showGaps(PrioritisedGaps gaps) {
        add(new H3(getTranslation("survey.result.gaps")));
        add(new Paragraph(getTranslation("survey.result.gaps.intro")));
        GapChart chart = new GapChart(gaps.areas());
        chart.setWidthFull();
        add(chart);

        add(new H3(getTranslation("survey.result.priorities")));
        Grid<AreaGap> list = new Grid<>();
        list.setId("gap-list");
        list.addColumn(a -> getTranslation(CompetenceAreas.messageKey(a.areaCode())))
                .setHeader(getTranslation("survey.result.area")).setFlexGrow(1).setAutoWidth(true);
        list.addColumn(AreaGap::currentLevel).setHeader(getTranslation("survey.chart.current")).setAutoWidth(true);
        list.addColumn(AreaGap::requiredLevel).setHeader(getTranslation("survey.chart.required")).setAutoWidth(true);
        list.addColumn(AreaGap::gap).setHeader(getTranslation("survey.chart.gap")).setAutoWidth(true)
                .setKey("gap");
        list.addColumn(AreaGap::employeesConcerned).setHeader(getTranslation("survey.result.employees"))
                .setAutoWidth(true);
        list.setPartNameGenerator(a -> a.gap() >= HeatMap.NEED_THRESHOLD ? "gap-high" : null);
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setItems(gaps.areas());
        list.setAllRowsVisible(true);
        add(list);
        Paragraph legend = new Paragraph(getTranslation("survey.result.highlight", HeatMap.NEED_THRESHOLD));
        legend.addClassName("survey-hint");
        add(legend);
    }

    /** Answered per role group: per area the company total and each group (current → required, gap). */
    private void showGroups(PrioritisedGaps total, List<RoleGroupGaps> groups) {
        if (groups.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("survey.result.groups")));
        add(new Paragraph(getTranslation("survey.result.groups.intro")));
        Grid<AreaGap> table = new Grid<>();
        table.setId("gap-groups");
        table.addColumn(a -> getTranslation(CompetenceAreas.messageKey(a.areaCode())))
                .setHeader(getTranslation("survey.result.area")).setFlexGrow(1).setAutoWidth(true);
        table.addColumn(this::cell).setHeader(getTranslation("survey.result.groups.total")).setKey("total")
                .setAutoWidth(true);
        for (RoleGroupGaps g : groups) {
            table.addColumn(a -> {
                AreaGap x = g.area(a.areaCode());
                return x == null ? "–" : cell(x);
            }).setHeader(g.group().label().in(getLocale())).setKey("group-" + g.group().key()).setAutoWidth(true);
        }
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setItems(total.areas());
        table.setAllRowsVisible(true);
        add(table);
    }

    private String cell(AreaGap a) {
        return getTranslation("survey.result.groups.cell", a.currentLevel(), a.requiredLevel(), a.gap());
    }

    private void showComparison(List<AreaComparison> comparison) {
        add(new H3(getTranslation("survey.result.comparison")));
        ComparisonChart chart = new ComparisonChart(comparison);
        chart.setWidthFull();
        add(chart);

        Grid<AreaComparison> table = new Grid<>();
        table.setId("comparison-list");
        table.addColumn(a -> getTranslation(CompetenceAreas.messageKey(a.areaCode())))
                .setHeader(getTranslation("survey.result.area")).setFlexGrow(1).setAutoWidth(true);
        table.addColumn(a -> text(a.currentBefore())).setHeader(getTranslation("survey.chart.before")).setAutoWidth(true);
        table.addColumn(a -> text(a.currentAfter())).setHeader(getTranslation("survey.chart.after")).setAutoWidth(true);
        table.addColumn(a -> a.improvement() == null ? "–"
                        : a.improvement() == 0 ? "0" : String.format("%+d", a.improvement()))
                .setHeader(getTranslation("survey.result.improvement")).setAutoWidth(true).setKey("improvement");
        table.setPartNameGenerator(a -> a.improvement() != null && a.improvement() > 0 ? "improved" : null);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setItems(comparison);
        table.setAllRowsVisible(true);
        add(table);

        OptionalDouble avg = AreaComparison.averageImprovement(comparison);
        Paragraph average = new Paragraph(avg.isPresent()
                ? getTranslation("survey.result.averageImprovement", String.format(getLocale(), "%+.1f", avg.getAsDouble()))
                : getTranslation("survey.chart.comparison.summaryNone"));
        average.setId("comparison-average");
        average.addClassName("survey-average");
        add(average);
    }

    private static String text(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
