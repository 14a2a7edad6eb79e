package se.kompetensresan.participant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import se.kompetensresan.shared.ui.Formats;
import jakarta.annotation.security.PermitAll;
import se.kompetensresan.participant.CoFinancingGrouping;
import se.kompetensresan.participant.CoFinancingRow;
import se.kompetensresan.participant.CoFinancingService;
import se.kompetensresan.participant.CoFinancingTotal;
import se.kompetensresan.participant.PlannedCoFinancing;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Co-financing (medfinansiering): signed whole hours × the project's unit cost of the year, split by gender, by
 * month, year, participant, company, delprojekt or project; for managers and coaches compared with the project's
 * planned co-financing (budget × co-financing rate). The company sees its own.
 */
@Route("co-financing")
@Menu(order = 10, title = "participant.menu.cofinancing", icon = "vaadin:money")
@PermitAll
class CoFinancingView extends VerticalLayout implements HasDynamicTitle {

    static final int ALL_YEARS = 0;

    private final CoFinancingService coFinancing;
    private final Select<Integer> year = new Select<>();
    private final Select<CoFinancingGrouping> grouping = new Select<>();
    private final Grid<CoFinancingTotal> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final NumberFormat sek;

    CoFinancingView(CoFinancingService coFinancing, CurrentUser currentUser, Clock clock) {
        this.coFinancing = coFinancing;
        sek = NumberFormat.getIntegerInstance(getLocale());
        setId("cofinancing-view");
        setSizeFull();
        boolean company = currentUser.require().is(Role.COMPANY);
        add(new H1(getTranslation("participant.cofinancing.title")), new Paragraph(getTranslation("participant.cofinancing.intro")));
        int now = Year.now(clock).getValue();
        List<Integer> years = new ArrayList<>(List.of(ALL_YEARS));
        for (int y = now; y >= now - 4; y--) {
            years.add(y);
        }
        year.setId("cofinancing-year");
        year.setLabel(getTranslation("participant.cofinancing.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> y == ALL_YEARS ? getTranslation("participant.cofinancing.allYears") : String.valueOf(y));
        year.setValue(now);
        year.addValueChangeListener(e -> refresh());
        grouping.setId("cofinancing-grouping");
        grouping.setLabel(getTranslation("participant.cofinancing.grouping"));
        grouping.setItems(company ? List.of(CoFinancingGrouping.MONTH, CoFinancingGrouping.YEAR, CoFinancingGrouping.PARTICIPANT)
                : List.of(CoFinancingGrouping.values()));
        grouping.setItemLabelGenerator(g -> getTranslation("participant.cofinancing.by." + g));
        grouping.setValue(CoFinancingGrouping.MONTH);
        grouping.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(year, grouping);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters);

        grid.setId("cofinancing-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CoFinancingTotal::key).setHeader(getTranslation("participant.cofinancing.group")).setFlexGrow(2);
        grid.addColumn(t -> t.participantsWomen() + " / " + t.participantsMen()).setHeader(getTranslation("participant.cofinancing.participants")).setAutoWidth(true);
        grid.addColumn(CoFinancingTotal::hoursWomen).setHeader(getTranslation("participant.cofinancing.hoursWomen")).setAutoWidth(true);
        grid.addColumn(CoFinancingTotal::hoursMen).setHeader(getTranslation("participant.cofinancing.hoursMen")).setAutoWidth(true);
        grid.addColumn(CoFinancingTotal::hours).setHeader(getTranslation("participant.cofinancing.hours")).setAutoWidth(true);
        grid.addColumn(t -> money(t.amountWomen())).setHeader(getTranslation("participant.cofinancing.sekWomen")).setAutoWidth(true);
        grid.addColumn(t -> money(t.amountMen())).setHeader(getTranslation("participant.cofinancing.sekMen")).setAutoWidth(true);
        grid.addColumn(t -> money(t.amount())).setHeader(getTranslation("participant.cofinancing.sek")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        total.setId("cofinancing-total");
        total.getStyle().set("font-weight", "600");
        add(grid, total);

        if (!company) {
            add(new H2(getTranslation("participant.cofinancing.planned")));
            Grid<PlannedCoFinancing> planned = new Grid<>();
            planned.setId("cofinancing-planned");
            planned.addThemeVariants(GridVariant.LUMO_COMPACT);
            planned.addColumn(PlannedCoFinancing::projectName).setHeader(getTranslation("participant.cofinancing.project")).setFlexGrow(2);
            planned.addColumn(p -> money(p.planned())).setHeader(getTranslation("participant.cofinancing.plannedSek")).setAutoWidth(true);
            planned.addColumn(p -> money(p.signed())).setHeader(getTranslation("participant.cofinancing.signedSek")).setAutoWidth(true);
            planned.addColumn(p -> Formats.percent(p.percent())).setHeader(getTranslation("participant.cofinancing.share")).setAutoWidth(true);
            planned.setItems(coFinancing.planned());
            planned.setAllRowsVisible(true);
            add(planned);
        }
        refresh();
    }

    private String money(BigDecimal amount) {
        return sek.format(amount) + " kr";
    }

    private void refresh() {
        Integer y = year.getValue() == null || year.getValue() == ALL_YEARS ? null : year.getValue();
        List<CoFinancingTotal> totals = coFinancing.totals(y, null, grouping.getValue());
        grid.setItems(totals);
        List<CoFinancingRow> rows = coFinancing.rows(y, null);
        CoFinancingTotal all = CoFinancingService.sum("", rows);
        total.setText(getTranslation("participant.cofinancing.totalLine", all.hours(), money(all.amount()),
                all.hoursWomen(), all.hoursMen()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.cofinancing.title");
    }
}
