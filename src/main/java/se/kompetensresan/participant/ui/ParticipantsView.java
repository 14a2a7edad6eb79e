package se.kompetensresan.participant.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.participant.ParticipantFilter;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.Gender;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The participants in the coach's or manager's scope, filtered by delprojekt, company, gender and status. */
@Route("participants")
@Menu(order = 8, title = "participant.menu.register", icon = "vaadin:user-card")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class ParticipantsView extends VerticalLayout implements HasDynamicTitle {

    private final ParticipantService participants;
    private final ComboBox<SubprojectInfo> subproject = new ComboBox<>();
    private final ComboBox<CompanyInfo> company = new ComboBox<>();
    private final ComboBox<Gender> gender = new ComboBox<>();
    private final ComboBox<Boolean> status = new ComboBox<>();
    private final Grid<ParticipantInfo> grid;
    private final Span count = new Span();
    private final List<CompanyInfo> companies;

    ParticipantsView(ParticipantService participants, CompanyService companyService, ProjectService projects, Clock clock) {
        this.participants = participants;
        setId("participants-view");
        setSizeFull();
        companies = companyService.visible();
        Map<Long, String> names = companies.stream().collect(Collectors.toMap(CompanyInfo::id, CompanyInfo::name));
        add(new H1(getTranslation("participant.register.title")));

        subproject.setId("participants-subproject");
        subproject.setLabel(getTranslation("participant.filter.subproject"));
        subproject.setItems(projects.visibleSubprojects());
        subproject.setItemLabelGenerator(SubprojectInfo::name);
        subproject.setClearButtonVisible(true);
        subproject.addValueChangeListener(e -> {
            company.setItems(companies.stream().filter(c -> e.getValue() == null || c.subprojectId() == e.getValue().id()).toList());
            filter();
        });
        company.setId("participants-company");
        company.setLabel(getTranslation("participant.filter.company"));
        company.setItems(companies);
        company.setItemLabelGenerator(CompanyInfo::name);
        company.setClearButtonVisible(true);
        company.addValueChangeListener(e -> filter());
        gender.setId("participants-gender");
        gender.setLabel(getTranslation("participant.filter.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("participant.gender." + g));
        gender.setClearButtonVisible(true);
        gender.addValueChangeListener(e -> filter());
        status.setId("participants-status");
        status.setLabel(getTranslation("participant.filter.status"));
        status.setItems(true, false);
        status.setItemLabelGenerator(b -> getTranslation(b ? "participant.status.active" : "participant.filter.ended"));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> filter());
        FlexLayout filters = new FlexLayout(subproject, company, gender, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid = ParticipantGrid.create("participants-grid", names, LocalDate.now(clock));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("participant/" + e.getItem().id())));
        grid.setSizeFull();
        count.setId("participants-count");
        add(filters, count, grid);
        filter();
    }

    private void filter() {
        List<ParticipantInfo> shown = participants.visible(new ParticipantFilter(
                subproject.getValue() == null ? null : subproject.getValue().id(),
                company.getValue() == null ? null : company.getValue().id(), gender.getValue(), status.getValue()));
        grid.setItems(shown);
        long women = shown.stream().filter(p -> p.gender() == Gender.WOMAN).count();
        count.setText(getTranslation("participant.register.count", shown.size(), women, shown.size() - women));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.register.title");
    }
}
