package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.ui.FieldErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * The reporting pages' filter: project, delprojekt, county (län) and period; "Visa" opens the page's route with the
 * filter in the address ({@link FilterParams}). A period that ends before it starts (or a date that is not one) is
 * shown beside the end date, an unknown county beside the county. Ids {@code <prefix>-project}, {@code -subproject},
 * {@code -county}, {@code -from}, {@code -to}, {@code -apply}.
 */
class ReportFilterBar extends FlexLayout {

    private static final SubprojectInfo ALL_SUBPROJECTS = new SubprojectInfo(0, 0, "", null, List.of(), 0);
    private static final Geography.County ALL_COUNTIES = new Geography.County("", "");

    private final DashboardService dashboards;
    private final Geography geography;
    private final String route;
    private final Select<ProjectInfo> project = new Select<>();
    private final Select<SubprojectInfo> subproject = new Select<>();
    private final Select<Geography.County> county = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    ReportFilterBar(DashboardService dashboards, Geography geography, String idPrefix, String route) {
        this.dashboards = dashboards;
        this.geography = geography;
        this.route = route;
        project.setId(idPrefix + "-project");
        project.setLabel(getTranslation("reporting.filter.project"));
        project.setItemLabelGenerator(ProjectInfo::name);
        project.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                subprojects(e.getValue().id(), null);
            }
        });
        subproject.setId(idPrefix + "-subproject");
        subproject.setLabel(getTranslation("reporting.filter.subproject"));
        subproject.setItemLabelGenerator(s -> s == ALL_SUBPROJECTS ? getTranslation("reporting.filter.all") : s.name());
        county.setId(idPrefix + "-county");
        county.setLabel(getTranslation("reporting.filter.county"));
        List<Geography.County> counties = new ArrayList<>(List.of(ALL_COUNTIES));
        counties.addAll(geography.counties());
        county.setItems(counties);
        county.setItemLabelGenerator(c -> c == ALL_COUNTIES ? getTranslation("reporting.filter.all") : c.name());
        from.setId(idPrefix + "-from");
        from.setLabel(getTranslation("reporting.filter.from"));
        to.setId(idPrefix + "-to");
        to.setLabel(getTranslation("reporting.filter.to"));
        Button apply = new Button(getTranslation("reporting.filter.apply"), e -> apply());
        apply.setId(idPrefix + "-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(project, subproject, county, from, to, apply);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    /** Shows the filter (after the page's service accepted it). */
    void show(ReportFilter filter) {
        List<ProjectInfo> projects = dashboards.projects();
        project.setItems(projects);
        projects.stream().filter(p -> p.id() == filter.projectId()).findFirst().ifPresent(project::setValue);
        subprojects(filter.projectId(), filter.subprojectId());
        county.setValue(filter.countyCode() == null ? ALL_COUNTIES
                : geography.county(filter.countyCode()).orElse(ALL_COUNTIES));
        from.setValue(filter.from());
        to.setValue(filter.to());
    }

    private void subprojects(long projectId, Long selected) {
        List<SubprojectInfo> items = new ArrayList<>(List.of(ALL_SUBPROJECTS));
        items.addAll(dashboards.subprojects(projectId));
        subproject.setItems(items);
        subproject.setValue(items.stream().filter(s -> selected != null && s.id() == selected).findFirst()
                .orElse(ALL_SUBPROJECTS));
    }

    private void apply() {
        if (project.getValue() == null) {
            return;
        }
        ReportFilter[] f = new ReportFilter[1];
        boolean valid = new FieldErrors(this).on("reporting.error.county", county).on("reporting.error", to).run(() -> {
            SubprojectInfo sp = subproject.getValue();
            Geography.County c = county.getValue();
            f[0] = new ReportFilter(project.getValue().id(), sp == null || sp == ALL_SUBPROJECTS ? null : sp.id(),
                    c == null || c == ALL_COUNTIES ? null : c.code(), from.getValue(), to.getValue());
        });
        if (valid) {
            getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.simple(FilterParams.of(f[0]))));
        }
    }
}
