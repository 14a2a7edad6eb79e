package se.kompetensresan.company.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyRegisterColumn;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.Geography;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The company register: the companies the user may see, filtered by project, delprojekt, county and a search on
 * name or organisation number. Further columns and filters (phase, coach) come from {@link CompanyRegisterColumn}
 * beans of other modules.
 */
@Route("companies")
@Menu(order = 3, title = "company.menu.register", icon = "vaadin:factory")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class CompaniesView extends VerticalLayout implements HasDynamicTitle {

    private final Geography geography;
    private final List<CompanyInfo> all;
    private final Map<Long, SubprojectInfo> subprojects = new HashMap<>();
    private final Map<Long, ProjectInfo> projects = new LinkedHashMap<>();
    private final Grid<CompanyInfo> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<ProjectInfo> project = new ComboBox<>();
    private final ComboBox<SubprojectInfo> subproject = new ComboBox<>();
    private final ComboBox<Geography.County> county = new ComboBox<>();
    private final Map<String, ComboBox<String>> extensionFilters = new LinkedHashMap<>();
    private final Map<String, Map<Long, String>> extensionValues = new HashMap<>();
    private final Span count = new Span();

    CompaniesView(CompanyService companies, ProjectService projectService, Geography geography, List<CompanyRegisterColumn> extensions) {
        this.geography = geography;
        setId("companies-view");
        setSizeFull();
        all = companies.visible();
        for (SubprojectInfo s : projectService.visibleSubprojects()) {
            subprojects.put(s.id(), s);
        }
        for (ProjectInfo p : projectService.visibleProjects()) {
            projects.put(p.id(), p);
        }
        add(new H1(getTranslation("company.register.title")));

        search.setId("companies-search");
        search.setPlaceholder(getTranslation("company.register.search"));
        search.setAriaLabel(getTranslation("company.register.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        project.setId("companies-project");
        project.setLabel(getTranslation("company.register.project"));
        project.setItems(projects.values());
        project.setItemLabelGenerator(ProjectInfo::name);
        project.setClearButtonVisible(true);
        project.addValueChangeListener(e -> {
            subproject.setItems(subprojects.values().stream()
                    .filter(s -> e.getValue() == null || s.projectId() == e.getValue().id()).toList());
            filter();
        });
        subproject.setId("companies-subproject");
        subproject.setLabel(getTranslation("company.register.subproject"));
        subproject.setItems(subprojects.values());
        subproject.setItemLabelGenerator(SubprojectInfo::name);
        subproject.setClearButtonVisible(true);
        subproject.addValueChangeListener(e -> filter());
        county.setId("companies-county");
        county.setLabel(getTranslation("company.register.county"));
        county.setItems(geography.counties());
        county.setItemLabelGenerator(Geography.County::name);
        county.setClearButtonVisible(true);
        county.addValueChangeListener(e -> filter());
        FlexLayout filters = new FlexLayout(search, project, subproject, county);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("companies-grid");
        // widths that add up at 1280 px (long names wrap instead of pushing the last columns out of sight)
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(CompanyInfo::name).setHeader(getTranslation("company.col.name")).setSortable(true)
                .setKey("name").setWidth("11em").setFlexGrow(3);
        grid.addColumn(c -> c.organisationNumber().formatted()).setHeader(getTranslation("company.col.orgnr"))
                .setKey("orgnr").setWidth("8em").setFlexGrow(0);
        grid.addColumn(c -> geography.municipality(c.municipalityCode()).map(Geography.Municipality::name).orElse(""))
                .setHeader(getTranslation("company.col.municipality")).setKey("municipality").setWidth("6em").setFlexGrow(1).setSortable(true);
        grid.addColumn(c -> countyOf(c).map(Geography.County::name).orElse(""))
                .setHeader(getTranslation("company.col.county")).setKey("county").setWidth("6em").setFlexGrow(1).setSortable(true);
        grid.addColumn(c -> subprojects.containsKey(c.subprojectId()) ? subprojects.get(c.subprojectId()).name() : "")
                .setHeader(getTranslation("company.col.subproject")).setKey("subproject").setWidth("6em").setFlexGrow(1).setSortable(true);
        grid.addColumn(CompanyInfo::employees).setHeader(getTranslation("company.col.employees")).setKey("employees")
                .setWidth("6em").setFlexGrow(0).setSortable(true);
        List<Long> ids = all.stream().map(CompanyInfo::id).toList();
        for (CompanyRegisterColumn ext : extensions) {
            Map<Long, String> values = ext.values(ids);
            extensionValues.put(ext.id(), values);
            grid.addColumn(c -> values.getOrDefault(c.id(), "")).setHeader(getTranslation(ext.titleKey()))
                    .setKey("ext-" + ext.id()).setWidth("6em").setFlexGrow(1);
            ComboBox<String> f = new ComboBox<>(getTranslation(ext.titleKey()));
            f.setId("companies-filter-" + ext.id());
            f.setItems(values.values().stream().distinct().sorted().toList());
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> filter());
            extensionFilters.put(ext.id(), f);
            filters.add(f);
        }
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("companies/" + e.getItem().id())));
        grid.setSizeFull();
        count.setId("companies-count");
        add(filters, count, grid);
        filter();
    }

    private Optional<Geography.County> countyOf(CompanyInfo c) {
        return geography.municipality(c.municipalityCode()).flatMap(m -> geography.county(m.countyCode()));
    }

    private void filter() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        String qDigits = q.replace("-", "");
        List<CompanyInfo> shown = all.stream()
                .filter(c -> q.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(q)
                        || (!qDigits.isEmpty() && c.organisationNumber().digits().contains(qDigits)))
                .filter(c -> project.getValue() == null || (subprojects.containsKey(c.subprojectId())
                        && subprojects.get(c.subprojectId()).projectId() == project.getValue().id()))
                .filter(c -> subproject.getValue() == null || c.subprojectId() == subproject.getValue().id())
                .filter(c -> county.getValue() == null || countyOf(c).map(k -> k.code().equals(county.getValue().code())).orElse(false))
                .filter(c -> extensionFilters.entrySet().stream().allMatch(en -> en.getValue().getValue() == null
                        || Objects.equals(extensionValues.get(en.getKey()).get(c.id()), en.getValue().getValue())))
                .toList();
        grid.setItems(shown);
        count.setText(getTranslation("company.register.count", shown.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.register.title");
    }
}
